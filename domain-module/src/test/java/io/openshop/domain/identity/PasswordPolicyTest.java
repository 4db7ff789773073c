package io.openshop.domain.identity;

import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();
    private final EmailAddress anna = EmailAddress.of("anna@example.com");

    @Test
    void bundlesTenThousandCommonPasswords() {
        assertTrue(policy.commonPasswordCount() > 10_000, "the list holds " + policy.commonPasswordCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars"})
    void refusesFewerThanTwelveCharacters(String password) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> policy.check(password, anna));
        assertEquals("password", e.field());
        assertTrue(e.getMessage().contains("at least 12"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwerty123456", "1qaz2wsx3edc", "QWERTY123456", "leavemealone"})
    void refusesCommonPasswordsWhateverTheirCase(String password) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> policy.check(password, anna));
        assertTrue(e.getMessage().contains("commonly used"), e.getMessage());
    }

    @Test
    void refusesTheEmailAddressAndOverlongPasswords() {
        assertThrows(InvalidInputException.class, () -> policy.check("anna@example.com!", anna));
        assertThrows(InvalidInputException.class, () -> policy.check("x".repeat(129), anna));
    }

    @Test
    void acceptsALongUncommonPassword() {
        assertDoesNotThrow(() -> policy.check("correct horse battery staple", anna));
        assertDoesNotThrow(() -> policy.check("Zebra-Lantern-42", anna));
    }
}
