package io.openshop.domain.identity;

import io.openshop.domain.shared.EmailAddress;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reset and verification tokens: expiry, single use, a newer one replacing the older, a password change ending them. */
class AccountTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00.250Z");
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private static final String NEW_HASH = "PBKDF2WithHmacSHA512:210000:bmV3:bmV3aGFzaA==";
    private static final Duration RESET = Duration.ofMinutes(30);

    private static UserAccount anna() {
        return UserAccount.customer(EmailAddress.of("anna@example.com"), "Anna", HASH, NOW.minusSeconds(3600));
    }

    @Test
    void aResetTokenWorksUntilItExpiresAndANewerOneReplacesIt() {
        UserAccount account = anna();
        account.awaitPasswordReset("first", NOW.plus(RESET));
        assertTrue(account.holdsResetToken("first", NOW.plus(RESET).minusMillis(1)));
        assertFalse(account.holdsResetToken("first", NOW.plus(RESET)), "expired after 30 minutes");
        account.awaitPasswordReset("second", NOW.plusSeconds(60).plus(RESET));
        assertFalse(account.holdsResetToken("first", NOW.plusSeconds(61)), "the older link died with the newer");
        assertTrue(account.holdsResetToken("second", NOW.plusSeconds(61)));
    }

    @Test
    void aNewPasswordEndsResetLinksLockOutsAndEarlierSignIns() {
        UserAccount account = anna();
        account.awaitPasswordReset("link", NOW.plus(RESET));
        for (int i = 0; i < 5; i++) {
            account.loginFailed(NOW, new LoginThrottle(5, Duration.ofMinutes(15), 20, Duration.ofMinutes(15)));
        }
        assertFalse(account.maySignIn(NOW));
        assertFalse(account.signedInBeforeCredentialsChanged(NOW.minusSeconds(10)), "nothing changed yet");

        account.changePassword(NEW_HASH, NOW);
        assertEquals(NEW_HASH, account.getPasswordHash());
        assertFalse(account.holdsResetToken("link", NOW.plusSeconds(1)), "a link is used once");
        assertTrue(account.maySignIn(NOW), "the lock-out ends");
        assertTrue(account.signedInBeforeCredentialsChanged(NOW.minusSeconds(10)), "a session from before ends");
        assertFalse(account.signedInBeforeCredentialsChanged(NOW.plusSeconds(1)), "one from after stays");
        assertTrue(account.signedInBeforeCredentialsChanged(NOW.minusMillis(200)), "one from just before, in the same second, ends");
        assertTrue(account.signedInBeforeCredentialsChanged(NOW.plusMillis(100)), "in the same second nobody can tell: it ends");
        assertTrue(account.signedInBeforeCredentialsChanged(null), "a sign-in of unknown time ends too");
    }

    @Test
    void anEmailIsVerifiedOnceWithTheLatestTokenBeforeItExpires() {
        UserAccount account = anna();
        account.awaitEmailVerification("old", NOW.plus(Duration.ofHours(48)));
        account.awaitEmailVerification("new", NOW.plus(Duration.ofHours(48)));
        assertFalse(account.verifyEmail("old", NOW), "replaced");
        assertFalse(account.verifyEmail("new", NOW.plus(Duration.ofHours(48))), "expired");
        assertFalse(account.isEmailVerified());
        assertTrue(account.verifyEmail("new", NOW.plusSeconds(5)));
        assertTrue(account.isEmailVerified());
        assertFalse(account.verifyEmail("new", NOW.plusSeconds(6)), "single use");
    }

    @Test
    void staffTooCanResetAndKeepTheirRoles() {
        UserAccount staff = UserAccount.staff(EmailAddress.of("bo@shop.test"), "Bo", HASH, Set.of(Roles.SUPPORT), NOW);
        staff.awaitPasswordReset("link", NOW.plus(RESET));
        staff.changePassword(NEW_HASH, NOW);
        assertEquals(Set.of(Roles.SUPPORT), staff.getRoles());
    }
}
