package io.openshop.domain.workflow;

/** PENDING (waiting for its message or its next attempt), DONE (applied, once), PARKED (out of attempts: a dead letter for staff). */
public enum StepStatus {
    PENDING, DONE, PARKED
}
