package io.openshop.domain.identity;

import io.openshop.domain.shared.DomainException;

/** A change to staff that would lock the shop out of its own administration (see {@link StaffRules}). */
public class StaffChangeRefusedException extends DomainException {

    public StaffChangeRefusedException(String message) {
        super(message);
    }
}
