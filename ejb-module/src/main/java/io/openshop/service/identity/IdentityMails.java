package io.openshop.service.identity;

import io.openshop.domain.shared.EmailAddress;
import io.openshop.service.mail.MailOutbox;
import io.openshop.service.mail.OutgoingMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/**
 * The emails of sign-up, verification and password reset, queued in the mail outbox. Links point
 * at {@code shop.web.base-url}. The tokens in them are the only copies: the database keeps hashes.
 */
@Stateless
@PermitAll
public class IdentityMails {

    @EJB
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "shop.web.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** In the caller's transaction: a new account's address is confirmed through this link. */
    public void verification(EmailAddress email, String token, Duration validity) {
        outbox.enqueue(OutgoingMail.plain(email, "Confirm your email address for OpenShop",
                "Welcome to OpenShop.\n\nPlease confirm that this is your email address by opening this link"
                        + " (it works once, for " + validity.toHours() + " hours):\n\n" + link("/verify-email.xhtml", token)
                        + "\n\nIf you did not open an account at OpenShop, you can ignore this email.\n",
                "email-verification/" + token.substring(0, 16)));
    }

    /** In the caller's transaction: the link that sets a new password. */
    public void passwordReset(EmailAddress email, String token, Duration validity) {
        outbox.enqueue(OutgoingMail.plain(email, "Choose a new password for OpenShop",
                "Someone (we hope you) asked to choose a new password for your OpenShop account.\n\nOpen this link to"
                        + " choose one; it works once, for " + validity.toMinutes() + " minutes:\n\n"
                        + link("/reset-password.xhtml", token)
                        + "\n\nIf you did not ask for it, ignore this email: your password stays as it is.\n",
                "password-reset/" + token.substring(0, 16)));
    }

    /**
     * In a transaction of its own, so that it is sent although the sign-up that caused it is
     * refused: somebody tried to open an account with an address that has one. At most one such
     * email an hour per address.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void accountAlreadyExists(EmailAddress email) {
        long hour = Instant.now().getEpochSecond() / 3600;
        outbox.enqueue(OutgoingMail.plain(email, "Someone tried to open an OpenShop account with your address",
                "Someone tried to open a new OpenShop account with this email address, which already has one.\n\n"
                        + "If it was you: sign in at " + baseUrl + "/login.xhtml instead, or choose a new password at "
                        + baseUrl + "/forgot-password.xhtml if you have forgotten it.\n\nIf it was not you, nothing has changed"
                        + " and you can ignore this email.\n",
                "account-exists/" + email.value() + "/" + hour));
    }

    private String link(String page, String token) {
        return baseUrl.replaceAll("/+$", "") + page + "?token=" + token;
    }
}
