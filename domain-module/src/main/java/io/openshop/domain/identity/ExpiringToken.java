package io.openshop.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A single-use secret that an account awaits until it expires: the second step of a sign-in,
 * an email verification, a password reset. Only the secret's hash is kept (a copy of the
 * database holds no usable token). Immutable value: the account replaces it with a newer one,
 * or drops it once used. The column names come from the account's attribute overrides.
 */
@Embeddable
public class ExpiringToken {

    @Column(name = "hash", length = 64)
    private String hash;

    @Column(name = "expires")
    private OffsetDateTime expires;

    protected ExpiringToken() {
        // for JPA
    }

    public ExpiringToken(String hash, Instant expires) {
        if (hash == null || hash.isBlank()) {
            throw new IllegalArgumentException("a token needs the hash of its secret");
        }
        this.hash = hash;
        this.expires = Objects.requireNonNull(expires, "expires").atOffset(ZoneOffset.UTC);
    }

    /** Whether {@code candidateHash} is this token's and it has not expired at {@code now}. */
    public boolean matches(String candidateHash, Instant now) {
        return hash != null && expires != null && hash.equals(candidateHash) && now.isBefore(expires.toInstant());
    }

    /** The same for a token that may not be there: an account awaiting nothing matches nothing. */
    public static boolean matches(ExpiringToken token, String candidateHash, Instant now) {
        return token != null && token.matches(candidateHash, now);
    }

    public String getHash() {
        return hash;
    }

    public Instant getExpires() {
        return expires == null ? null : expires.toInstant();
    }
}
