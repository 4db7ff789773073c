package io.openshop.service.platform;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScheduledJobTest {

    @Test
    void aTickIsTheStartOfThePeriodTheTimerFiredIn() {
        Instant fired = Instant.parse("2026-12-06T10:42:05.013Z");
        assertEquals(Instant.parse("2026-12-06T10:42:00Z"), ScheduledJob.RESERVATION_EXPIRY.tick(fired));
        assertEquals(Instant.parse("2026-12-06T10:42:05Z"), ScheduledJob.WORKFLOW_RETRY.tick(fired));
        assertEquals(Instant.parse("2026-12-06T10:00:00Z"), ScheduledJob.INCIDENT_PURGE.tick(fired));
        assertEquals(Instant.parse("2026-12-06T00:00:00Z"), ScheduledJob.HOUSEKEEPING.tick(fired));
    }

    @Test
    void twoInstancesFiringMillisecondsApartNameTheSameTick() {
        Instant first = Instant.parse("2026-12-06T10:42:05.002Z");
        Instant second = Instant.parse("2026-12-06T10:42:05.190Z");
        for (ScheduledJob job : ScheduledJob.values()) {
            assertEquals(job.tick(first), job.tick(second), job.name());
        }
        assertEquals(Instant.parse("2026-12-06T10:42:10Z"), ScheduledJob.WORKFLOW_RETRY.tick(Instant.parse("2026-12-06T10:42:10.001Z")));
    }

    @Test
    void everyJobHasItsOwnName() {
        assertEquals(ScheduledJob.values().length,
                java.util.Arrays.stream(ScheduledJob.values()).map(ScheduledJob::key).distinct().count());
    }
}
