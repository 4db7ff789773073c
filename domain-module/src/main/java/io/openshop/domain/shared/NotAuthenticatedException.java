package io.openshop.domain.shared;

/** The caller did not prove who they are (wrong credentials, or a missing, forged or expired token). */
public class NotAuthenticatedException extends DomainException {

    public NotAuthenticatedException(String message) {
        super(message);
    }
}
