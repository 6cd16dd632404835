package io.backbeat.account;

import io.backbeat.platform.Refusal;
import io.backbeat.site.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** account/profile.xhtml: the signed-in customer changes their details. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Accounts accounts;

    private DetailsForm details;

    @PostConstruct
    void load() {
        details = DetailsForm.of(accounts.require(Pages.user()).details());
    }

    public void save() {
        try {
            details = DetailsForm.of(accounts.describe(Pages.user(), details.toDetails()).details());
            Pages.info("profile.saved");
        } catch (Refusal refused) {
            Pages.show(refused);
        }
    }

    public DetailsForm getDetails() {
        return details;
    }
}
