package io.openshop.service.workflow;

import io.openshop.domain.workflow.StepKind;

/**
 * What one kind of step does. {@link #perform} runs inside the transaction that marks the step
 * done, so its effect and that record commit together or not at all; throwing fails the attempt
 * (and rolls the effect back). Implementations are CDI beans found by their kind.
 */
public interface StepHandler {

    StepKind kind();

    void perform(long subjectId);

    /** A short label of the subject for staff (an order number, an email's subject). */
    String describe(long subjectId);
}
