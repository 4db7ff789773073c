package io.openshop.service.platform;

import io.openshop.service.platform.InstanceStatus.Point;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SystemMonitorTest {

    private static Point at(Instant t) {
        return new Point(t, 0, 0, null, null, null);
    }

    @Test
    void aPoolCountBelowZeroFromPayarasCounterReadsAsNoneInUse() {
        assertEquals(0.0, SystemMonitor.inUse(-1.0));
        assertEquals(3.0, SystemMonitor.inUse(3.0));
        assertNull(SystemMonitor.inUse(null));
    }

    @Test
    void theRateIsMeasuredFromTheNewestSampleAtLeastHalfAMinuteOldEvenJustAfterASample() {
        Instant now = Instant.parse("2026-12-06T17:00:00.300Z");
        Point twoMinutes = at(now.minusSeconds(120));
        Point oneMinute = at(now.minusSeconds(60));
        Point justNow = at(now.minusMillis(300)); // the page is read 0.3 s after the minute's sample
        assertEquals(oneMinute, SystemMonitor.rateBase(List.of(twoMinutes, oneMinute, justNow), now));
        assertEquals(oneMinute, SystemMonitor.rateBase(List.of(twoMinutes, oneMinute), now));
    }

    @Test
    void withOnlyYoungSamplesTheOldestAtLeastASecondOldServesAndNoneWithoutOne() {
        Instant now = Instant.parse("2026-12-06T17:00:00Z");
        Point tenSeconds = at(now.minusSeconds(10));
        assertEquals(tenSeconds, SystemMonitor.rateBase(List.of(tenSeconds, at(now.minusMillis(200))), now));
        assertNull(SystemMonitor.rateBase(List.of(at(now.minusMillis(200))), now));
        assertNull(SystemMonitor.rateBase(List.of(), now));
    }
}
