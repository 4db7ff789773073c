package io.openshop.service.identity.infrastructure;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import io.openshop.domain.identity.OneTimeCodeGenerator;
import io.openshop.domain.identity.TimeBasedCodes;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * One-time codes with java-otp's HOTP (RFC 4226, HMAC-SHA1, six digits; the time step is the
 * counter, which makes it TOTP of RFC 6238) and secrets of 160 random bits in base32, the form
 * authenticator apps read from an {@code otpauth://} URI.
 */
@ApplicationScoped
public class HotpCodes implements OneTimeCodeGenerator {

    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HmacOneTimePasswordGenerator hotp = new HmacOneTimePasswordGenerator(TimeBasedCodes.DIGITS);

    @Override
    public String codeAt(String base32Secret, long step) {
        byte[] key = new Base32().decode(base32Secret.toUpperCase(Locale.ROOT));
        try {
            return hotp.generateOneTimePasswordString(new SecretKeySpec(key, "HmacSHA1"), step, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A two-factor secret is not a usable HMAC key", e);
        }
    }

    /** A new random secret in base32 without padding. */
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }
}
