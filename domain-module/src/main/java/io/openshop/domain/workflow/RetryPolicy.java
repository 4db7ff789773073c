package io.openshop.domain.workflow;

import java.time.Duration;
import java.util.Optional;

/**
 * How often a failing step is tried and how long to wait between tries: the first retry after
 * {@code firstDelay}, each later one after twice the previous wait, never more than
 * {@code maxDelay}; after {@code maxAttempts} failed attempts the step is parked.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

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

    /** The wait before the next attempt after this many failed ones, or empty when the step is to be parked. */
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
