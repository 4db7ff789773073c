package io.openshop.domain.identity;

import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    private static UserAccount staff(String email, String... roles) {
        return UserAccount.staff(EmailAddress.of(email), "Staff", HASH, Set.of(roles), NOW);
    }

    @Test
    void theLastActiveAdministratorKeepsAdminWhoeverAsks() {
        UserAccount only = staff("ada@shop.test", Roles.ADMIN, Roles.SUPPORT);
        StaffChangeRefusedException e = assertThrows(StaffChangeRefusedException.class,
                () -> StaffRules.checkRevoke("other@shop.test", only, Roles.ADMIN, 1));
        assertTrue(e.getMessage().contains("last active administrator"), e.getMessage());
        assertThrows(StaffChangeRefusedException.class, () -> StaffRules.checkDisable("other@shop.test", only, 1));
        assertDoesNotThrow(() -> StaffRules.checkRevoke("other@shop.test", only, Roles.SUPPORT, 1), "other roles may go");
    }

    @Test
    void nobodyRemovesTheirOwnAdminRoleOrDisablesThemselves() {
        UserAccount me = staff("ada@shop.test", Roles.ADMIN);
        assertThrows(StaffChangeRefusedException.class, () -> StaffRules.checkRevoke("ADA@shop.test", me, Roles.ADMIN, 3));
        assertThrows(StaffChangeRefusedException.class, () -> StaffRules.checkDisable("ada@shop.test", me, 3));
    }

    @Test
    void anotherAdministratorMayBeRemovedWhileOneIsLeft() {
        UserAccount other = staff("bo@shop.test", Roles.ADMIN, Roles.CATALOG_MANAGER);
        assertDoesNotThrow(() -> StaffRules.checkRevoke("ada@shop.test", other, Roles.ADMIN, 2));
        assertDoesNotThrow(() -> StaffRules.checkDisable("ada@shop.test", other, 2));
        UserAccount disabledAdmin = staff("cy@shop.test", Roles.ADMIN, Roles.SUPPORT);
        disabledAdmin.disable();
        assertDoesNotThrow(() -> StaffRules.checkRevoke("ada@shop.test", disabledAdmin, Roles.ADMIN, 1),
                "a disabled administrator is not the one keeping the shop administered");
    }

    @Test
    void accountsAreDisabledAndEnabledAndBothSayWhetherTheyChangedAnything() {
        UserAccount bo = staff("bo@shop.test", Roles.FULFILMENT);
        assertTrue(bo.disable());
        assertFalse(bo.disable());
        assertFalse(bo.maySignIn(NOW));
        assertTrue(bo.enable());
        assertFalse(bo.enable());
        assertTrue(bo.maySignIn(NOW));
        long generation = bo.getTokenGeneration();
        assertTrue(bo.disable());
        assertTrue(bo.getTokenGeneration() > generation, "disabling ends the account's tokens");

        UserAccount customer = UserAccount.customer(EmailAddress.of("anna@example.com"), "Anna", HASH, NOW);
        assertTrue(customer.disable(), "support may close an abused customer account");
        assertFalse(customer.maySignIn(NOW));
        assertTrue(customer.enable());
        assertEquals(AccountStatus.ACTIVE, customer.getStatus());
        assertFalse(customer.isErased());
        UserAccount erased = UserAccount.customer(EmailAddress.of(UserAccount.erasedEmail(42)), "Erased customer", HASH, NOW);
        assertTrue(erased.isErased());
        erased.disable();
        assertThrows(InvalidInputException.class, erased::enable, "an erased account stays closed");
        assertEquals(AccountStatus.DISABLED, erased.getStatus());
    }
}
