package io.openshop.domain.identity;

import io.openshop.domain.shared.DomainException;

/** Someone tried to open a second account with an email address already in use. */
public class EmailTakenException extends DomainException {

    public EmailTakenException() {
        super("An account with this email address already exists; sign in instead");
    }
}
