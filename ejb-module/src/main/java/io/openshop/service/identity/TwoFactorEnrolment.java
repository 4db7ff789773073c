package io.openshop.service.identity;

/**
 * A two-factor enrolment in progress: the new secret (base32) and the {@code otpauth://} URI that
 * authenticator apps read, shown once to the account's owner.
 */
public record TwoFactorEnrolment(String secret, String otpauthUri) {
}
