package io.backbeat.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Who is signed in, for the page header. */
@Named
@RequestScoped
public class SessionView {

    public boolean isSignedIn() {
        return request().getUserPrincipal() != null;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
