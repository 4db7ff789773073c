package io.openshop.domain.workflow;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retries with doubling waits, parking after the last attempt, replay only of parked steps. */
class WorkflowStepTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final RetryPolicy POLICY = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(2));

    @Test
    void waitsDoubleUpToTheLongestAndTheLastAttemptParks() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), POLICY.delayAfter(1));
        assertEquals(Optional.of(Duration.ofSeconds(60)), POLICY.delayAfter(2));
        assertEquals(Optional.of(Duration.ofSeconds(120)), POLICY.delayAfter(3));
        assertEquals(Optional.of(Duration.ofSeconds(120)), POLICY.delayAfter(4), "capped");
        assertEquals(Optional.empty(), POLICY.delayAfter(5));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(1)));
    }

    @Test
    void aRandomPartOfUpToAQuarterLengthensEachWaitWhichStillGrows() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), POLICY.delayAfter(1, 0));
        assertEquals(Optional.of(Duration.ofMillis(33_750)), POLICY.delayAfter(1, 0.5));
        assertEquals(Optional.of(Duration.ofMillis(37_499)), POLICY.delayAfter(1, 0.99999));
        assertTrue(POLICY.delayAfter(1, 0.99999).orElseThrow().compareTo(POLICY.delayAfter(2, 0).orElseThrow()) < 0,
                "the longest first wait is shorter than the shortest second");
        assertEquals(Optional.empty(), POLICY.delayAfter(5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> POLICY.delayAfter(1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> POLICY.delayAfter(1, -0.1));

        WorkflowStep step = WorkflowStep.pending(9, StepKind.DELIVER_WEBHOOK, 3, NOW, Duration.ofMinutes(2));
        step.failed("503", POLICY, NOW, 0.2);
        assertEquals(NOW.plusSeconds(31).plusNanos(500_000_000), step.getNextAttemptAt());
    }

    @Test
    void aFailingStepIsRetriedThenParkedAndReplayStartsItAfresh() {
        WorkflowStep step = WorkflowStep.pending(7, StepKind.SEND_MAIL, 42, NOW, Duration.ofMinutes(2));
        RetryPolicy three = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertEquals(StepStatus.PENDING, step.failed("connection refused", three, NOW, 0));
        assertEquals(NOW.plusSeconds(1), step.getNextAttemptAt());
        assertEquals(StepStatus.PENDING, step.failed("connection refused", three, NOW, 0));
        assertEquals(NOW.plusSeconds(2), step.getNextAttemptAt());
        assertEquals(StepStatus.PARKED, step.failed("connection refused", three, NOW, 0));
        assertEquals(3, step.getAttempts());
        assertThrows(IllegalStateException.class, () -> step.done(NOW), "a parked step does not run");

        step.replay(NOW, Duration.ofMinutes(2));
        assertEquals(StepStatus.PENDING, step.getStatus());
        assertEquals(0, step.getAttempts());
        step.done(NOW.plusSeconds(5));
        assertEquals(StepStatus.DONE, step.getStatus());
        assertNull(step.getLastError());
        assertThrows(StepNotParkedException.class, () -> step.replay(NOW, Duration.ofMinutes(2)), "a done step is never replayed");
        assertThrows(IllegalStateException.class, () -> step.done(NOW), "nor done twice");
    }

    @Test
    void aLongErrorIsClippedToItsColumn() {
        WorkflowStep step = WorkflowStep.pending(8, StepKind.COMMIT_STOCK, 1, NOW, Duration.ofMinutes(2));
        step.failed("x".repeat(5000), POLICY, NOW, 0.5);
        assertEquals(WorkflowStep.MAX_ERROR, step.getLastError().length());
    }
}
