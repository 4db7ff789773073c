package io.openshop.service.workflow;

import io.openshop.domain.workflow.StepKind;
import io.openshop.domain.workflow.StepRepository;
import io.openshop.service.workflow.infrastructure.JmsStepQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Schedules a step in the caller's transaction: its row and its JMS message commit with the
 * change that causes it, or neither does. Scheduling the same kind and subject again does nothing.
 */
@ApplicationScoped
public class StepScheduler {

    @Inject
    StepRepository steps;

    @Inject
    JmsStepQueue queue;

    @Inject
    WorkflowSettings settings;

    /** Returns whether a new step was scheduled (false: it was already). */
    public boolean schedule(StepKind kind, long subjectId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return steps.schedule(kind, subjectId, now.plus(settings.recheckAfter()))
                .map(id -> {
                    queue.send(kind, id);
                    return true;
                })
                .orElse(false);
    }
}
