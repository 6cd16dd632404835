package io.backbeat.account;

import io.backbeat.platform.Refusal;
import io.backbeat.site.Pages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** The sign-up form: the customer's details and a password; on success they are signed in at once. */
@Named
@RequestScoped
public class SignUpPage {

    @EJB
    Accounts accounts;

    private final DetailsForm details = new DetailsForm();
    private String password;

    public String signUp() {
        try {
            accounts.register(details.toDetails(), password);
        } catch (Refusal refused) {
            Pages.show(refused);
            return null;
        }
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            request.login(details.getEmail().strip(), password);
        } catch (ServletException e) {
            // The account exists; only the automatic sign-in failed, so send them to the login form.
            return "/login?faces-redirect=true";
        }
        Pages.info("signup.welcome", details.getName());
        return "/index?faces-redirect=true";
    }

    public DetailsForm getDetails() {
        return details;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
