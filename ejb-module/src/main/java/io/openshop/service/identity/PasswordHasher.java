package io.openshop.service.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Jakarta Security's PBKDF2 hash, set explicitly to PBKDF2WithHmacSHA512 with 210,000
 * iterations, a 32-byte salt and a 64-byte key (OWASP's 2023 figure for SHA-512; the API's
 * default of 2,048 iterations is far too weak). Stored hashes carry their own parameters
 * ({@code algorithm:iterations:salt:hash}), so older hashes still verify after a change here.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    public static final int ITERATIONS = 210_000;
    public static final int SALT_BYTES = 32;
    public static final int KEY_BYTES = 64;

    @Inject
    Pbkdf2PasswordHash hash;

    private volatile String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", Integer.toString(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", Integer.toString(KEY_BYTES)));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String stored) {
        return hash.verify(password.toCharArray(), stored);
    }

    /**
     * Spends the time of one verification when there is no account to check, so that the time a
     * login takes does not tell whether an email address has an account.
     */
    public void spendVerificationTime(String password) {
        String current = decoy;
        if (current == null) {
            current = hash("decoy password, never anyone's");
            decoy = current;
        }
        hash.verify(password.toCharArray(), current);
    }
}
