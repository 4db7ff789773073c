package io.openshop.service.mail.infrastructure;

/** The SMTP server did not take an email; the attempt fails and is retried later. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
