package io.openshop.web.workflow;

import io.openshop.service.workflow.StepView;

import java.time.OffsetDateTime;

/** A workflow step as the API shows it. */
public record StepResponse(long id, String kind, String subject, String status, int attempts, String lastError,
                           OffsetDateTime createdAt, OffsetDateTime nextAttemptAt) {

    static StepResponse of(StepView step) {
        return new StepResponse(step.getId(), step.getKind().name(), step.getSubject(), step.getStatus().name(),
                step.getAttempts(), step.getLastError(), step.getCreatedAt(), step.getNextAttemptAt());
    }
}
