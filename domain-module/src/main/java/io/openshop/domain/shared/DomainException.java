package io.openshop.domain.shared;

/**
 * The root of the shop's business exceptions: a rule was broken by the request, not by a fault
 * of the system. The boundaries turn these into clear messages (problem+json, JSF messages).
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
