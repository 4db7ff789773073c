package io.openshop.service.workflow;

import io.openshop.domain.workflow.StepColumn;
import io.openshop.domain.shared.Sort;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Page;
import io.openshop.domain.analytics.LiveEvent;
import io.openshop.domain.analytics.LiveEvents;
import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.workflow.StepKind;
import io.openshop.domain.workflow.StepRepository;
import io.openshop.domain.workflow.StepStatus;
import io.openshop.domain.workflow.WorkflowStep;
import io.openshop.service.workflow.infrastructure.JmsStepQueue;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Runs steps once, counts failed attempts, and lets staff see and replay parked ones.
 * {@link #run} and {@link #failed} each run in a transaction of their own, started by the
 * message-driven beans: the effect and the DONE mark commit together, and a failure is recorded
 * after the effect rolled back.
 */
@Stateless
public class WorkflowEngine {

    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());
    private static final int BATCH = 100;

    @Inject
    StepRepository steps;

    @Inject
    LiveEvents live;

    @Inject
    JmsStepQueue queue;

    @Inject
    WorkflowSettings settings;

    @Inject
    @Any
    Instance<StepHandler> handlers;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    /**
     * Applies a pending step and marks it done, in one new transaction. The step's row is locked
     * first, so a second delivery of the same message waits, then finds it done and does nothing.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void run(long stepId) {
        WorkflowStep step = steps.lock(stepId).orElse(null);
        if (step == null || !step.isPending()) {
            return;
        }
        handler(step.getKind()).perform(step.getSubjectId());
        step.done(now());
    }

    /** Counts a failed attempt: the step is tried again after the policy's wait, or parked after the last. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long stepId, String error) {
        WorkflowStep step = steps.lock(stepId).orElse(null);
        if (step == null || !step.isPending()) {
            return;
        }
        StepStatus status = step.failed(error, settings.retryPolicy(), now(), ThreadLocalRandom.current().nextDouble());
        if (status == StepStatus.PARKED) {
            live.append(LiveEvent.Kind.PARKED_STEP, "Parked: " + step.getKind() + " step " + stepId + " after " + step.getAttempts()
                    + " attempts");
            LOG.warning(() -> "Step " + stepId + " (" + step.getKind() + " of " + step.getSubjectId() + ") is parked after "
                    + step.getAttempts() + " attempts: " + step.getLastError());
        } else {
            LOG.info(() -> "Step " + stepId + " (" + step.getKind() + ") failed attempt " + step.getAttempts()
                    + ", next at " + step.getNextAttemptAt() + ": " + step.getLastError());
        }
    }

    /**
     * Sends the messages of pending steps that are due again (after a failure's wait, or because
     * their message never ran them); called by the retry timer. Returns how many were sent.
     */
    @PermitAll
    public int resendDue() {
        OffsetDateTime now = now();
        List<WorkflowStep> due = steps.lockDue(now, BATCH);
        for (WorkflowStep step : due) {
            step.resent(now, settings.recheckAfter());
            queue.send(step.getKind(), step.getId());
        }
        return due.size();
    }

    /** Steps in this status, one page in the order asked (newest first by default), for the back office's grid. */
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    public Page<StepView> inStatus(StepStatus status, Sort<StepColumn> sort, PageRequest page) {
        return steps.inStatus(status, sort, page).map(this::view);
    }

    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    public Map<StepStatus, Long> counts() {
        return Map.of(StepStatus.PENDING, steps.count(StepStatus.PENDING), StepStatus.DONE, steps.count(StepStatus.DONE),
                StepStatus.PARKED, steps.count(StepStatus.PARKED));
    }

    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    public StepView step(long id) {
        return view(steps.byId(id).orElseThrow(() -> new NotFoundException("Workflow step", Long.toString(id))));
    }

    /**
     * Sends a parked step back to work with fresh attempts: its message is queued again in this
     * transaction, and the replay is audit-logged. A step that is not parked is refused (409), so a
     * done step is never applied twice.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    public StepView replay(long id, String remoteAddress) {
        WorkflowStep step = steps.lock(id).orElseThrow(() -> new NotFoundException("Workflow step", Long.toString(id)));
        int attempts = step.getAttempts();
        String error = step.getLastError();
        step.replay(now(), settings.recheckAfter());
        queue.send(step.getKind(), step.getId());
        String actor = session.getCallerPrincipal().getName();
        audit.record(new AuditEntry(actor, AuditAction.WORKFLOW_STEP_REPLAYED, "workflow_step:" + id,
                Map.of("status", StepStatus.PARKED.name(), "attempts", Integer.toString(attempts),
                        "error", error == null ? "" : error),
                Map.of("status", StepStatus.PENDING.name(), "kind", step.getKind().name(),
                        "subject", describe(step)), remoteAddress));
        LOG.info(() -> "Step " + id + " (" + step.getKind() + ") replayed by " + actor);
        return view(step);
    }

    private StepView view(WorkflowStep step) {
        return new StepView(step, describe(step));
    }

    private String describe(WorkflowStep step) {
        try {
            return handler(step.getKind()).describe(step.getSubjectId());
        } catch (RuntimeException e) {
            return step.getKind() + " #" + step.getSubjectId();
        }
    }

    private StepHandler handler(StepKind kind) {
        for (StepHandler h : handlers) {
            if (h.kind() == kind) {
                return h;
            }
        }
        throw new IllegalStateException("no handler for steps of kind " + kind);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
