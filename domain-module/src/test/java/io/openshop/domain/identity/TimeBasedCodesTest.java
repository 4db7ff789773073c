package io.openshop.domain.identity;

import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window and replay rules of one-time codes, with a stand-in generator (the real HOTP is tested in the EJB module). */
class TimeBasedCodesTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXP";
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    /** 10:00:00 is exactly the start of a 30-second step. */
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final OneTimeCodeGenerator CODES = (secret, step) -> String.format("%06d", Math.floorMod((secret + ":" + step).hashCode(), 1_000_000));

    private static String codeAt(Instant at) {
        return CODES.codeAt(SECRET, TimeBasedCodes.stepAt(at));
    }

    @Test
    void stepsAreThirtySecondsFromTheEpoch() {
        assertEquals(1, TimeBasedCodes.stepAt(Instant.ofEpochSecond(59)));
        assertEquals(0, TimeBasedCodes.stepAt(Instant.ofEpochSecond(29)));
        assertEquals(TimeBasedCodes.stepAt(NOW), TimeBasedCodes.stepAt(NOW.plusSeconds(29)));
        assertEquals(TimeBasedCodes.stepAt(NOW) + 1, TimeBasedCodes.stepAt(NOW.plusSeconds(30)));
    }

    @Test
    void theStepBeforeAndAfterAreAcceptedForClockDriftButNotTwoSteps() {
        long now = TimeBasedCodes.stepAt(NOW);
        assertEquals(OptionalLong.of(now), TimeBasedCodes.matchingStep(codeAt(NOW), NOW, null, SECRET, CODES));
        assertEquals(OptionalLong.of(now - 1), TimeBasedCodes.matchingStep(codeAt(NOW.minusSeconds(30)), NOW, null, SECRET, CODES));
        assertEquals(OptionalLong.of(now + 1), TimeBasedCodes.matchingStep(codeAt(NOW.plusSeconds(30)), NOW, null, SECRET, CODES));
        assertTrue(TimeBasedCodes.matchingStep(codeAt(NOW.minusSeconds(60)), NOW, null, SECRET, CODES).isEmpty(), "two steps old");
        assertTrue(TimeBasedCodes.matchingStep(codeAt(NOW.plusSeconds(60)), NOW, null, SECRET, CODES).isEmpty(), "two steps ahead");
    }

    @Test
    void malformedCodesAreRefusedAndSpacesAreForgiven() {
        String code = codeAt(NOW);
        assertTrue(TimeBasedCodes.matchingStep(code.substring(0, 3) + " " + code.substring(3), NOW, null, SECRET, CODES).isPresent());
        assertTrue(TimeBasedCodes.matchingStep(null, NOW, null, SECRET, CODES).isEmpty());
        assertTrue(TimeBasedCodes.matchingStep("12345", NOW, null, SECRET, CODES).isEmpty());
        assertTrue(TimeBasedCodes.matchingStep("12345a", NOW, null, SECRET, CODES).isEmpty());
        assertTrue(TimeBasedCodes.matchingStep(code, NOW, null, "ANOTHERSECRET234", CODES).isEmpty(), "another secret's code");
    }

    @Test
    void aCodeIsAcceptedOnceAndNoEarlierStepAfterIt() {
        UserAccount admin = enrolledAdmin();
        String code = codeAt(NOW.plusSeconds(1));
        assertTrue(admin.acceptCode(code, NOW.plusSeconds(1), CODES));
        assertFalse(admin.acceptCode(code, NOW.plusSeconds(2), CODES), "replayed within its step");
        assertFalse(admin.acceptCode(code, NOW.plusSeconds(31), CODES), "replayed in the next step, still inside the window");
        assertFalse(admin.acceptCode(codeAt(NOW.minusSeconds(30)), NOW.plusSeconds(3), CODES), "an older step after a newer was used");
        assertTrue(admin.acceptCode(codeAt(NOW.plusSeconds(30)), NOW.plusSeconds(31), CODES), "the next step's code works");
    }

    @Test
    void enrolmentIsOnOnlyAfterAFirstValidCodeAndThatCodeIsUsedUp() {
        UserAccount admin = UserAccount.staff(EmailAddress.of("ada@shop.test"), "Ada", HASH, Set.of(Roles.ADMIN), NOW);
        assertTrue(admin.mustEnrolTwoFactor());
        assertFalse(admin.acceptCode(codeAt(NOW), NOW, CODES), "no second factor before enrolment");
        assertThrows(InvalidInputException.class, () -> admin.confirmTwoFactor(codeAt(NOW), NOW, CODES), "nothing to confirm yet");
        admin.beginTwoFactorEnrolment(SECRET);
        assertEquals(SECRET, admin.pendingTwoFactorSecret());
        assertFalse(admin.isTwoFactorOn());
        assertFalse(admin.confirmTwoFactor("000000".equals(codeAt(NOW)) ? "111111" : "000000", NOW, CODES));
        assertFalse(admin.isTwoFactorOn(), "a wrong code confirms nothing");
        String first = codeAt(NOW);
        assertTrue(admin.confirmTwoFactor(first, NOW, CODES));
        assertTrue(admin.isTwoFactorOn());
        assertFalse(admin.mustEnrolTwoFactor());
        assertNull(admin.pendingTwoFactorSecret(), "a confirmed secret is never shown again");
        assertFalse(admin.acceptCode(first, NOW.plusSeconds(5), CODES), "the confirming code cannot sign in");
        assertThrows(InvalidInputException.class, () -> admin.beginTwoFactorEnrolment("NEWSECRET2345678"), "no silent replacement");
    }

    @Test
    void theSecondStepTicketExpiresAndEnds() {
        UserAccount admin = enrolledAdmin();
        admin.awaitSecondStep("hash-1", NOW.plusSeconds(300));
        assertTrue(admin.holdsTicket("hash-1", NOW.plusSeconds(299)));
        assertFalse(admin.holdsTicket("hash-1", NOW.plusSeconds(300)), "expired");
        assertFalse(admin.holdsTicket("hash-2", NOW), "another ticket");
        admin.awaitSecondStep("hash-2", NOW.plusSeconds(300));
        assertFalse(admin.holdsTicket("hash-1", NOW), "a newer ticket replaces the older");
        admin.endSecondStep();
        assertFalse(admin.holdsTicket("hash-2", NOW));
    }

    private static UserAccount enrolledAdmin() {
        UserAccount admin = UserAccount.staff(EmailAddress.of("ada@shop.test"), "Ada", HASH, Set.of(Roles.ADMIN), NOW);
        admin.beginTwoFactorEnrolment(SECRET);
        assertTrue(admin.confirmTwoFactor(codeAt(NOW.minusSeconds(60)), NOW.minusSeconds(60), CODES));
        return admin;
    }
}
