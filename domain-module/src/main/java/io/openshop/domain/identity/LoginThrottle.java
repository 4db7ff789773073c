package io.openshop.domain.identity;

import io.openshop.domain.shared.InvalidInputException;

import java.time.Duration;

/**
 * How hard guessing is made: after {@code maxFailuresPerAccount} wrong passwords in a row an
 * account is locked for {@code lockDuration}; an address with {@code maxFailuresPerAddress}
 * failures within {@code addressWindow} is refused until the window has passed.
 */
public record LoginThrottle(int maxFailuresPerAccount, Duration lockDuration, int maxFailuresPerAddress, Duration addressWindow) {

    public LoginThrottle {
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1) {
            throw new InvalidInputException("maxFailures", "must be at least 1");
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()
                || addressWindow == null || addressWindow.isNegative() || addressWindow.isZero()) {
            throw new InvalidInputException("lockDuration", "must be positive");
        }
    }
}
