package io.openshop.web.platform;

import io.openshop.domain.shared.DomainException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/** How the domain's rule messages ("price must not be negative") read on a page: as sentences. */
public final class Messages {

    private Messages() {
    }

    /** The message with a capital first letter and a full stop. */
    public static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "Something was not right.";
        }
        String text = message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    /** A refused input of a page: the rule's message for the whole form, and the request marked as failed validation. */
    public static void refuse(DomainException refusal) {
        refuse(refusal, null);
    }

    /** As {@link #refuse(DomainException)}, with the message beside the component {@code clientId} (the form's when null). */
    public static void refuse(DomainException refusal, String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence(refusal.getMessage()), null));
        faces.validationFailed();
    }

    /** A message that an action worked, for the whole page. */
    public static void done(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
