package io.openshop.domain.identity;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The rules of time-based one-time codes (RFC 6238) as the shop applies them: 30-second steps
 * counted from the Unix epoch, six digits, a code of the step before or after the current one
 * accepted for clock drift, and never a step at or before the last one accepted, so an observed
 * code cannot be replayed (RFC 6238 section 5.2).
 */
public final class TimeBasedCodes {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    /** Steps accepted either side of the current one. */
    public static final int WINDOW = 1;

    private TimeBasedCodes() {
    }

    /** The time step {@code at} falls in. */
    public static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /**
     * The step whose code {@code code} is, within the window around {@code now} and after
     * {@code lastUsedStep} (null when none was used yet); empty when it is no such code.
     */
    public static OptionalLong matchingStep(String code, Instant now, Long lastUsedStep, String secret, OneTimeCodeGenerator generator) {
        if (code == null) {
            return OptionalLong.empty();
        }
        String typed = code.replace(" ", "").strip();
        if (typed.length() != DIGITS || !typed.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (lastUsedStep != null && step <= lastUsedStep) {
                continue;
            }
            // constant-time comparison: the time a refusal takes says nothing about the digits
            if (MessageDigest.isEqual(generator.codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
