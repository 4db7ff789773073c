package io.openshop.domain.identity;

import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), 20, Duration.ofMinutes(15));

    @Test
    void emailsAreKeptLowerCaseAndChecked() {
        assertEquals("anna@example.com", EmailAddress.of("  Anna@Example.COM ").value());
        assertThrows(InvalidInputException.class, () -> EmailAddress.of("anna"));
        assertThrows(InvalidInputException.class, () -> EmailAddress.of("anna@example"));
        assertThrows(InvalidInputException.class, () -> EmailAddress.of(null));
    }

    @Test
    void aCustomerHoldsOnlyTheCustomerRole() {
        UserAccount customer = UserAccount.customer(EmailAddress.of("anna@example.com"), "Anna", HASH, NOW);
        assertEquals(Set.of(Roles.CUSTOMER), customer.getRoles());
        assertEquals(AccountKind.CUSTOMER, customer.getKind());
        assertThrows(InvalidInputException.class, () -> customer.grant(Roles.ADMIN));
    }

    @Test
    void staffHoldStaffRolesOnlyAndKeepAtLeastOne() {
        UserAccount staff = UserAccount.staff(EmailAddress.of("bo@shop.test"), "Bo", HASH, Set.of(Roles.FULFILMENT), NOW);
        assertThrows(InvalidInputException.class, () -> staff.grant(Roles.CUSTOMER));
        assertTrue(staff.grant(Roles.SUPPORT));
        assertFalse(staff.grant(Roles.SUPPORT));
        assertTrue(staff.revoke(Roles.SUPPORT));
        assertThrows(InvalidInputException.class, () -> staff.revoke(Roles.FULFILMENT));
        assertThrows(InvalidInputException.class,
                () -> UserAccount.staff(EmailAddress.of("cy@shop.test"), "Cy", HASH, Set.of(), NOW));
    }

    @Test
    void locksAfterTooManyWrongPasswordsForAWhile() {
        UserAccount account = UserAccount.customer(EmailAddress.of("anna@example.com"), "Anna", HASH, NOW);
        assertFalse(account.loginFailed(NOW, throttle));
        assertFalse(account.loginFailed(NOW, throttle));
        assertTrue(account.maySignIn(NOW));
        assertTrue(account.loginFailed(NOW, throttle), "the third wrong password locks");
        assertFalse(account.maySignIn(NOW.plusSeconds(60)));
        assertTrue(account.maySignIn(NOW.plus(Duration.ofMinutes(15))), "the lock ends by itself");
    }

    @Test
    void aRightPasswordStartsTheCountAgain() {
        UserAccount account = UserAccount.customer(EmailAddress.of("anna@example.com"), "Anna", HASH, NOW);
        account.loginFailed(NOW, throttle);
        account.loginFailed(NOW, throttle);
        account.loginSucceeded(NOW);
        assertEquals(0, account.getFailedLogins());
        assertFalse(account.loginFailed(NOW, throttle));
        assertEquals(NOW, account.getLastLoginAt());
    }

    @Test
    void namesAreRequiredAndBounded() {
        assertThrows(InvalidInputException.class,
                () -> UserAccount.customer(EmailAddress.of("a@b.cd"), " ", HASH, NOW));
        assertThrows(InvalidInputException.class,
                () -> UserAccount.customer(EmailAddress.of("a@b.cd"), "x".repeat(121), HASH, NOW));
    }

    @Test
    void aChangeOfRolesOrASignOutRevokesEveryTokenIssuedBefore() {
        UserAccount staff = UserAccount.staff(EmailAddress.of("bo@shop.test"), "Bo", HASH, Set.of(Roles.FULFILMENT), NOW);
        long issued = staff.getTokenGeneration();
        assertTrue(staff.acceptsTokenOf(issued));
        staff.grant(Roles.FULFILMENT); // held already: nothing changes
        assertTrue(staff.acceptsTokenOf(issued));
        staff.grant(Roles.SUPPORT);
        assertFalse(staff.acceptsTokenOf(issued), "a granted role revokes");
        long afterGrant = staff.getTokenGeneration();
        staff.revoke(Roles.SUPPORT);
        assertFalse(staff.acceptsTokenOf(afterGrant), "a revoked role revokes");
        long afterRevoke = staff.getTokenGeneration();
        staff.revokeTokens();
        assertFalse(staff.acceptsTokenOf(afterRevoke), "signing out revokes");
        assertTrue(staff.acceptsTokenOf(staff.getTokenGeneration()), "a token issued now works");
    }

    @Test
    void aRenameKeepsTheRulesOfANameAndChangesNothingWhenRefused() {
        UserAccount account = UserAccount.customer(EmailAddress.of("anna@example.com"), "Anna", HASH, NOW);
        account.rename("  Anna Berg ");
        assertEquals("Anna Berg", account.getDisplayName(), "trimmed");
        for (String refused : new String[] {null, "", "   ", "x".repeat(UserAccount.MAX_NAME_LENGTH + 1)}) {
            assertThrows(io.openshop.domain.shared.InvalidInputException.class, () -> account.rename(refused));
            assertEquals("Anna Berg", account.getDisplayName(), "a refused name leaves the old one");
        }
        account.rename("x".repeat(UserAccount.MAX_NAME_LENGTH));
        assertEquals(UserAccount.MAX_NAME_LENGTH, account.getDisplayName().length());
    }
}
