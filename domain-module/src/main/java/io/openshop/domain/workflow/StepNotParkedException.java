package io.openshop.domain.workflow;

import io.openshop.domain.shared.DomainException;

/** Only a parked step can be replayed; a pending one is still being tried and a done one is never applied again. */
public class StepNotParkedException extends DomainException {

    public StepNotParkedException(long id, StepStatus status) {
        super("Step " + id + " is " + status + "; only a PARKED step can be replayed");
    }
}
