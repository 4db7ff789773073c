package io.openshop.domain.workflow;

import java.time.Duration;
import java.util.Optional;

/**
 * How often a failing step is tried and how long to wait between tries: the first retry after
 * {@code firstDelay}, each later one after twice the previous wait, never more than
 * {@code maxDelay}; after {@code maxAttempts} failed attempts the step is parked. Each wait is
 * lengthened by a random part of up to {@link #JITTER} of itself, so that steps failing together (a
 * subscriber or mail server down for all of them) do not all come back in the same second; the
 * waits still grow, since a quarter more is less than the doubling.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    /** The largest random part added to a wait, as a fraction of it. */
    public static final double JITTER = 0.25;

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt, not " + maxAttempts);
        }
        if (firstDelay == null || firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("the first delay must be positive");
        }
        if (maxDelay == null || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("the longest delay cannot be shorter than the first");
        }
    }

    /**
     * The wait before the next attempt after this many failed ones, lengthened by {@code random}
     * (in [0, 1)) times {@link #JITTER} of itself, or empty when the step is to be parked.
     */
    public Optional<Duration> delayAfter(int failedAttempts, double random) {
        if (random < 0 || random >= 1) {
            throw new IllegalArgumentException("a random fraction is in [0, 1), not " + random);
        }
        return delayAfter(failedAttempts).map(d -> d.plusMillis((long) (d.toMillis() * JITTER * random)));
    }

    /** The wait without its random part: before the next attempt after this many failed ones, or empty when the step is to be parked. */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("no attempt has failed yet");
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
