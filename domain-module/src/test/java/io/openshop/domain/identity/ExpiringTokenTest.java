package io.openshop.domain.identity;

import io.openshop.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one rule of the account's single-use tokens: the latest hash, before its expiry, once. */
class ExpiringTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void matchesItsOwnHashUntilItExpiresAndNothingElse() {
        ExpiringToken token = new ExpiringToken("abc", NOW.plus(Duration.ofMinutes(5)));
        assertTrue(token.matches("abc", NOW));
        assertTrue(token.matches("abc", NOW.plus(Duration.ofMinutes(5)).minusNanos(1)));
        assertFalse(token.matches("abc", NOW.plus(Duration.ofMinutes(5))), "expired at its expiry");
        assertFalse(token.matches("abd", NOW));
        assertFalse(token.matches(null, NOW));
        assertFalse(ExpiringToken.matches(null, "abc", NOW), "no outstanding token matches nothing");
        assertThrows(IllegalArgumentException.class, () -> new ExpiringToken(" ", NOW));
        assertThrows(NullPointerException.class, () -> new ExpiringToken("abc", null));
    }

    @Test
    void theAccountsThreeTokensFollowItAndANewerOneReplacesAnOlder() {
        UserAccount account = UserAccount.customer(EmailAddress.of("kim@example.org"), "Kim", "hash", NOW);
        account.awaitSecondStep("t1", NOW.plusSeconds(300));
        account.awaitSecondStep("t2", NOW.plusSeconds(300));
        assertFalse(account.holdsTicket("t1", NOW), "a newer ticket replaces an older one");
        assertTrue(account.holdsTicket("t2", NOW));
        assertFalse(account.holdsTicket("t2", NOW.plusSeconds(300)));
        account.endSecondStep();
        assertFalse(account.holdsTicket("t2", NOW));

        account.awaitPasswordReset("r1", NOW.plusSeconds(1800));
        assertTrue(account.holdsResetToken("r1", NOW));
        account.changePassword("new-hash", NOW);
        assertFalse(account.holdsResetToken("r1", NOW), "a changed password ends every reset link");

        account.awaitEmailVerification("e1", NOW.plusSeconds(60));
        assertFalse(account.verifyEmail("e1", NOW.plusSeconds(60)), "too late");
        assertFalse(account.isEmailVerified());
        assertTrue(account.verifyEmail("e1", NOW));
        assertFalse(account.verifyEmail("e1", NOW), "single use");
        assertTrue(account.isEmailVerified());
    }
}
