package io.openshop.service.identity;

import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.testing.FakeAccountRepository;
import io.openshop.service.testing.FakeAuditTrail;
import io.openshop.service.testing.FakeIdentityMails;
import io.openshop.service.testing.FakePasswordHasher;
import io.openshop.service.testing.FakeSessionContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-up, the two steps of sign-in with their refusals (throttled per address, locked per
 * account), email verification and password reset, against in-memory accounts, audit and mail.
 */
class IdentityServiceTest {

    private static final String PASSWORD = "Copper Lagoon Tandem 58";
    private static final String HOME = "192.0.2.10";

    private final FakeAccountRepository accounts = new FakeAccountRepository();
    private final FakeAuditTrail audit = new FakeAuditTrail();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final FakeIdentityMails mails = new FakeIdentityMails();
    private final FakeSessionContext caller = new FakeSessionContext();
    private IdentityService service;

    @BeforeEach
    void setUp() {
        service = new IdentityService();
        service.accounts = accounts;
        service.audit = audit;
        service.hasher = hasher;
        service.mails = mails;
        service.current = new CurrentAccount(caller, accounts);
        service.maxFailuresPerAccount = 5;
        service.lockMinutes = 15;
        service.maxFailuresPerAddress = 20;
        service.addressWindowMinutes = 15;
    }

    private void signUp(String email) {
        assertTrue(service.signUp(email, "Ada", PASSWORD, HOME));
    }

    /** Both steps of a sign-in without a second factor: whether it ends signed in. */
    private boolean signsIn(String email, String password, String from) {
        SignInResult first = service.signIn(email, password, from);
        return first.valid() && service.completeSignIn(first.ticket(), null, from, false).valid();
    }

    @Test
    void signingUpMakesACustomerWithAHashedPasswordAndSendsAVerificationLink() {
        signUp("Ada@Example.org");

        UserAccount account = accounts.account("ada@example.org");
        assertEquals(java.util.Set.of(Roles.CUSTOMER), account.getRoles());
        assertNotEquals(PASSWORD, account.getPasswordHash(), "never the password as typed");
        assertFalse(account.isEmailVerified());
        assertEquals(1, mails.sent("verification").size());
        assertEquals("ada@example.org", mails.sent("verification").get(0).email());
        assertTrue(audit.actions().contains(AuditAction.ACCOUNT_CREATED));
    }

    @Test
    void signUpRefusesABadEmailNameOrPasswordOnItsField() {
        assertEquals("email", assertThrows(InvalidInputException.class, () -> service.signUp("not-an-email", "Ada", PASSWORD, HOME)).field());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> service.signUp("a@example.org", " ", PASSWORD, HOME)).field());
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> service.signUp("a@example.org", "x".repeat(UserAccount.MAX_NAME_LENGTH + 1), PASSWORD, HOME)).field());
        assertEquals("password", assertThrows(InvalidInputException.class, () -> service.signUp("a@example.org", "Ada", "short", HOME)).field());
        assertEquals("password", assertThrows(InvalidInputException.class,
                () -> service.signUp("a@example.org", "Ada", "my a@example.org pass", HOME)).field(), "not the email address");
        assertTrue(accounts.accounts.isEmpty());
        assertTrue(mails.sent.isEmpty());
    }

    @Test
    void signingUpAgainWithAnAddressThatHasAnAccountChangesNothingAndTellsItsOwner() {
        signUp("ada@example.org");
        String hash = accounts.account("ada@example.org").getPasswordHash();

        assertFalse(service.signUp("ada@example.org", "Mallory", "Another Long Passphrase 7", "198.51.100.9"));

        assertEquals(1, accounts.accounts.size());
        assertEquals(hash, accounts.account("ada@example.org").getPasswordHash());
        assertEquals(1, mails.sent("exists").size());
        assertTrue(audit.actions().contains(AuditAction.SIGN_UP_FOR_EXISTING_ACCOUNT));
    }

    @Test
    void aRightPasswordEarnsASingleUseTicketThatCompletesTheSignIn() {
        signUp("ada@example.org");

        SignInResult first = service.signIn(" ADA@example.org ", PASSWORD, HOME);
        assertTrue(first.valid());
        assertFalse(first.secondFactorRequired());
        SignInResult done = service.completeSignIn(first.ticket(), null, HOME, false);
        assertTrue(done.valid());
        assertEquals("ada@example.org", done.email());
        assertTrue(done.roles().contains(Roles.CUSTOMER));
        assertTrue(audit.actions().contains(AuditAction.LOGIN));

        assertFalse(service.completeSignIn(first.ticket(), null, HOME, false).valid(), "the ticket works once");
        assertFalse(service.completeSignIn("made-up", null, HOME, false).valid());
        assertFalse(service.completeSignIn(null, null, HOME, false).valid());
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountAreRefusedAlikeAndTakeTheSameWork() {
        signUp("ada@example.org");

        SignInResult wrong = service.signIn("ada@example.org", "Wrong Password 123", HOME);
        SignInResult unknown = service.signIn("nobody@example.org", PASSWORD, HOME);
        SignInResult noPassword = service.signIn("ada@example.org", null, HOME);

        assertEquals(wrong, unknown, "the answer does not tell which");
        assertFalse(wrong.valid());
        assertFalse(noPassword.valid());
        assertEquals(2, hasher.decoyVerifications, "a hash is checked even without an account");
        assertEquals(3, accounts.attempts.stream().filter(a -> !a.succeeded()).count());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        signUp("ada@example.org");
        for (int i = 0; i < 5; i++) {
            assertFalse(service.signIn("ada@example.org", "Wrong Password " + i, "198.51.100." + i).valid());
        }

        assertFalse(signsIn("ada@example.org", PASSWORD, HOME), "locked for a quarter of an hour");
        assertTrue(accounts.account("ada@example.org").isLocked(Instant.now()));
        assertTrue(audit.actions().contains(AuditAction.ACCOUNT_LOCKED));
        assertTrue(audit.actions().contains(AuditAction.LOGIN_REFUSED_LOCKED));
        assertTrue(accounts.account("ada@example.org").isLocked(Instant.now().plusSeconds(14 * 60)));
        assertFalse(accounts.account("ada@example.org").isLocked(Instant.now().plusSeconds(16 * 60)));
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedWhileOthersStillSignIn() {
        signUp("ada@example.org");
        for (int i = 0; i < 20; i++) {
            service.signIn("someone" + i + "@example.org", "Guessing Away " + i, "203.0.113.66");
        }

        assertFalse(service.signIn("ada@example.org", PASSWORD, "203.0.113.66").valid(), "the guessing address is held off");
        assertTrue(audit.actions().contains(AuditAction.LOGIN_REFUSED_ADDRESS));
        assertTrue(signsIn("ada@example.org", PASSWORD, HOME), "the customer, from home, is not");
    }

    @Test
    void theVerificationLinkConfirmsTheAddressOnce() {
        signUp("ada@example.org");
        String token = mails.lastToken("verification");

        assertFalse(service.verifyEmail("not-the-token", HOME));
        assertFalse(service.verifyEmail(null, HOME));
        assertFalse(accounts.account("ada@example.org").isEmailVerified());
        assertTrue(service.verifyEmail(token, HOME));
        assertTrue(accounts.account("ada@example.org").isEmailVerified());
        assertFalse(service.verifyEmail(token, HOME), "single use");
        assertTrue(audit.actions().contains(AuditAction.EMAIL_VERIFIED));
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndANewerLinkKillsTheOlder() {
        signUp("ada@example.org");
        service.requestPasswordReset("nobody@example.org", HOME);
        assertTrue(mails.sent("reset").isEmpty(), "no account, no email, and the caller is told nothing different");

        service.requestPasswordReset("ada@example.org", HOME);
        String older = mails.lastToken("reset");
        service.requestPasswordReset("ada@example.org", HOME);
        String newer = mails.lastToken("reset");

        assertEquals("link", assertThrows(InvalidInputException.class,
                () -> service.resetPassword(older, "A Brand New Passphrase 1", HOME)).field());
        assertEquals("password", assertThrows(InvalidInputException.class,
                () -> service.resetPassword(newer, "short", HOME)).field(), "the policy applies");
        Instant before = Instant.now().minusSeconds(1);
        service.resetPassword(newer, "A Brand New Passphrase 1", HOME);

        assertTrue(signsIn("ada@example.org", "A Brand New Passphrase 1", HOME));
        assertFalse(signsIn("ada@example.org", PASSWORD, HOME), "the old password is gone");
        assertFalse(service.signInStillValid("ada@example.org", before), "sessions from before the change end");
        assertEquals("link", assertThrows(InvalidInputException.class,
                () -> service.resetPassword(newer, "Yet Another Passphrase 2", HOME)).field(), "single use");
        assertTrue(audit.actions().contains(AuditAction.PASSWORD_RESET));
    }
}
