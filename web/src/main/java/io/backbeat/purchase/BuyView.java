package io.backbeat.purchase;

import io.backbeat.account.Role;
import io.backbeat.platform.Refusal;
import io.backbeat.site.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * The Buy button on a work's page. The page view carries one Idempotency-Key, so a double click or a resent form
 * buys once; a refusal leaves the key unused, so the same button works again after buying points or registering a
 * player. The purchase itself reaches the customer's registered players, which download it.
 */
@Named
@ViewScoped
public class BuyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Purchases purchases;

    private final String key = UUID.randomUUID().toString();
    private Boolean owned;

    /** Whether the signed-in user is a customer (only customers buy). */
    public boolean isCustomer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.CUSTOMER_NAME);
    }

    /** Whether the customer already holds a licence for the work. */
    public boolean owns(long work) {
        if (owned == null) {
            owned = purchases.mine(Pages.user()).stream()
                    .anyMatch(licence -> licence.work() == work && licence.revokedAt() == null);
        }
        return owned;
    }

    public void buy(long work) {
        try {
            Purchases.Outcome outcome = purchases.buy(Pages.user(), work, key);
            owned = true;
            Pages.info(outcome.granted() ? "buy.bought" : "buy.alreadyOwned", outcome.licence().title());
        } catch (Refusal refusal) {
            Pages.show(refusal);
        }
    }
}
