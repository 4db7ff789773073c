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
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence(refusal.getMessage()), null));
        faces.validationFailed();
    }
}
