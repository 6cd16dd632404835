package io.backbeat.site;

import io.backbeat.platform.InvalidInputException;
import io.backbeat.platform.Refusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** What every backing bean needs of Faces: messages from the bundle, and refusals shown where people look. */
public final class Pages {

    private Pages() {
    }

    /** A refusal becomes one error message per problem (per field for invalid forms); nothing else is shown. */
    public static void show(Refusal refusal) {
        var faces = FacesContext.getCurrentInstance();
        if (refusal instanceof InvalidInputException invalid) {
            invalid.fields().values().forEach(message ->
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        }
        faces.validationFailed();
    }

    public static void info(String key, Object... arguments) {
        var faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static String text(String key, Object... arguments) {
        var faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return MessageFormat.format(bundle.getString(key), arguments);
    }

    public static String user() {
        var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** m:ss, as players show durations. */
    public static String duration(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
