package io.backbeat.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Who is signed in, for the page header, and signing out. */
@Named
@RequestScoped
public class SessionView {

    public boolean isSignedIn() {
        return request().getUserPrincipal() != null;
    }

    public boolean isMusician() {
        return request().isUserInRole(Role.MUSICIAN_NAME);
    }

    public boolean isAdmin() {
        return request().isUserInRole(Role.ADMIN_NAME);
    }

    public String logOut() throws ServletException {
        request().logout();
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        return "/index?faces-redirect=true";
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
