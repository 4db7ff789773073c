package io.openshop.domain.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One step of work that runs after the commit that caused it, for one subject: the record that it
 * is waiting, was applied (once) or was parked after its last failed attempt. Rows are created by
 * {@link StepRepository#schedule} (unique per kind and subject); aggregate root.
 */
@Entity
@Table(name = "workflow_step")
public class WorkflowStep {

    /** Longest error text kept (the column's size). */
    static final int MAX_ERROR = 1000;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private StepKind kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    @Version
    private long version;

    protected WorkflowStep() {
        // for JPA
    }

    /** A step as it is when first scheduled (for tests; the repository inserts real ones). */
    public static WorkflowStep pending(long id, StepKind kind, long subjectId, OffsetDateTime now, Duration recheckAfter) {
        WorkflowStep step = new WorkflowStep();
        step.id = id;
        step.kind = Objects.requireNonNull(kind, "kind");
        step.subjectId = subjectId;
        step.status = StepStatus.PENDING;
        step.createdAt = now;
        step.nextAttemptAt = now.plus(recheckAfter);
        return step;
    }

    public boolean isPending() {
        return status == StepStatus.PENDING;
    }

    /** The step's effect was applied in this transaction; it never runs again. */
    public void done(OffsetDateTime now) {
        requirePending();
        attempts++;
        status = StepStatus.DONE;
        doneAt = now;
        lastError = null;
    }

    /**
     * The step's effect was applied by another path in this transaction (staff shipped the order
     * before the step ran, which takes the stock out itself): pending or parked, it is done now and
     * its message, when it comes, changes nothing.
     */
    public void doneElsewhere(OffsetDateTime now) {
        if (status == StepStatus.DONE) {
            throw new IllegalStateException("step " + id + " is done already");
        }
        status = StepStatus.DONE;
        doneAt = now;
    }

    /**
     * An attempt failed: counted, and either scheduled again after the policy's wait or, after the
     * last attempt, parked for staff; {@code random} (in [0, 1)) sets the wait's random part
     * ({@link RetryPolicy#delayAfter(int, double)}). Returns the new status.
     */
    public StepStatus failed(String error, RetryPolicy policy, OffsetDateTime now, double random) {
        requirePending();
        attempts++;
        lastError = clip(error == null || error.isBlank() ? "failed without a message" : error);
        policy.delayAfter(attempts, random).ifPresentOrElse(delay -> nextAttemptAt = now.plus(delay), () -> status = StepStatus.PARKED);
        return status;
    }

    /** The step's message was sent again (by the retry timer); look again after this long if it is still pending then. */
    public void resent(OffsetDateTime now, Duration recheckAfter) {
        requirePending();
        nextAttemptAt = now.plus(recheckAfter);
    }

    /** Staff send a parked step back to work, with a fresh count of attempts; the old error stays until it runs. */
    public void replay(OffsetDateTime now, Duration recheckAfter) {
        if (status != StepStatus.PARKED) {
            throw new StepNotParkedException(id, status);
        }
        status = StepStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now.plus(recheckAfter);
    }

    private void requirePending() {
        if (status != StepStatus.PENDING) {
            throw new IllegalStateException("step " + id + " is " + status + ", not pending");
        }
    }

    private static String clip(String s) {
        return s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public StepKind getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public StepStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getDoneAt() {
        return doneAt;
    }

    public long getVersion() {
        return version;
    }
}
