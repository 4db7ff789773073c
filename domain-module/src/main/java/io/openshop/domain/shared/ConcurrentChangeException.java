package io.openshop.domain.shared;

/**
 * Somebody else changed the thing since the caller read it: the caller's change would overwrite
 * theirs unseen, so it is refused. The caller reads again and decides.
 */
public class ConcurrentChangeException extends DomainException {

    public ConcurrentChangeException(String what, Object key) {
        super(what + " '" + key + "' was changed by someone else in the meantime; reload it and try again");
    }
}
