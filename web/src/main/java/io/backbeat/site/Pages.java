package io.backbeat.site;

import io.backbeat.platform.InvalidInputException;
import io.backbeat.platform.Refusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** What every backing bean needs of Faces: messages from the bundle, and refusals shown where people look. */
public final class Pages {

    private Pages() {
    }

    /** A refusal becomes one error message per problem (per field for invalid forms); nothing else is shown. */
    public static void show(Refusal refusal) {
        show(refusal, null);
    }

    /**
     * As {@link #show(Refusal)}, but a field's message belongs to the input of {@code form} whose id is the field's
     * name: a {@code p:message} shows it beside the input, and the page's message list as a summary.
     */
    public static void show(Refusal refusal, String form) {
        var faces = FacesContext.getCurrentInstance();
        if (refusal instanceof InvalidInputException invalid) {
            invalid.fields().forEach((field, message) -> faces.addMessage(inputOf(faces, form, field),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        }
        faces.validationFailed();
    }

    /** The input named as the field, or for one item of a list ({@code genres[1]}) the list's input. */
    private static String inputOf(FacesContext faces, String form, String field) {
        if (form == null) {
            return null;
        }
        UIComponent input = faces.getViewRoot().findComponent(form + ":" + field.replaceFirst("\\[.*", ""));
        return input == null ? null : input.getClientId(faces);
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
