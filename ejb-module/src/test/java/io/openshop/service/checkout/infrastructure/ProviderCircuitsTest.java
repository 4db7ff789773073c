package io.openshop.service.checkout.infrastructure;

import io.openshop.service.checkout.ProviderMetrics.Call;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderCircuitsTest {

    private Instant now = Instant.parse("2026-12-07T12:00:00Z");
    private final ProviderCircuits circuits = new ProviderCircuits(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void threeFailuresOfTheLastFourOpenTheCircuitForThirtySecondsThenOneTrialDecides() {
        circuits.record(Call.CARRIER_RATES, true);
        circuits.record(Call.CARRIER_RATES, false);
        circuits.record(Call.CARRIER_RATES, true);
        assertTrue(circuits.allows(Call.CARRIER_RATES), "three calls are no window yet");
        circuits.record(Call.CARRIER_RATES, true);
        assertFalse(circuits.allows(Call.CARRIER_RATES), "three of four failed");
        assertTrue(circuits.allows(Call.TAX), "each call has its own circuit");

        now = now.plusSeconds(31);
        assertTrue(circuits.allows(Call.CARRIER_RATES), "half-open: one trial");
        assertFalse(circuits.allows(Call.CARRIER_RATES), "and only one");
        circuits.record(Call.CARRIER_RATES, true);
        assertFalse(circuits.allows(Call.CARRIER_RATES), "the trial failed: open again");

        now = now.plusSeconds(31);
        assertTrue(circuits.allows(Call.CARRIER_RATES));
        circuits.record(Call.CARRIER_RATES, false);
        assertTrue(circuits.allows(Call.CARRIER_RATES), "the trial succeeded: closed");
        assertTrue(circuits.allows(Call.CARRIER_RATES));
    }

    @Test
    void twoFailuresInFourKeepItClosed() {
        for (boolean failed : new boolean[] {true, false, true, false, true, false}) {
            circuits.record(Call.ADDRESS, failed);
            assertTrue(circuits.allows(Call.ADDRESS));
        }
    }
}
