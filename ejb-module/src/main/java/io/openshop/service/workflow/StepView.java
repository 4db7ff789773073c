package io.openshop.service.workflow;

import io.openshop.domain.workflow.StepKind;
import io.openshop.domain.workflow.StepStatus;
import io.openshop.domain.workflow.WorkflowStep;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A step as staff see it (a class with getters, since the back office's EL cannot read records). */
public final class StepView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final StepKind kind;
    private final String subject;
    private final StepStatus status;
    private final int attempts;
    private final String lastError;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime nextAttemptAt;

    StepView(WorkflowStep step, String subject) {
        this.id = step.getId();
        this.kind = step.getKind();
        this.subject = subject;
        this.status = step.getStatus();
        this.attempts = step.getAttempts();
        this.lastError = step.getLastError();
        this.createdAt = step.getCreatedAt();
        this.nextAttemptAt = step.getNextAttemptAt();
    }

    public long getId() {
        return id;
    }

    public StepKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public StepStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }
}
