package io.openshop.domain.identity;

/** Computes the one-time code of a secret for a time step (HOTP of RFC 4226 with the step as counter). */
@FunctionalInterface
public interface OneTimeCodeGenerator {

    /** The six-digit code of {@code base32Secret} at {@code step}. */
    String codeAt(String base32Secret, long step);
}
