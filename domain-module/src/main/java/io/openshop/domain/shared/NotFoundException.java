package io.openshop.domain.shared;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object key) {
        super(what + " '" + key + "' was not found");
    }
}
