package io.openshop.service.identity;

import io.openshop.domain.identity.AccountRepository;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.NotAuthenticatedException;
import jakarta.ejb.SessionContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one lookup of the caller's account, and its one failure: not signed in. */
class CurrentAccountTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final Accounts accounts = new Accounts();

    private CurrentAccount callerNamed(String name) {
        Principal principal = name == null ? null : () -> name;
        SessionContext session = (SessionContext) Proxy.newProxyInstance(SessionContext.class.getClassLoader(),
                new Class<?>[]{SessionContext.class}, (p, m, a) -> {
                    if (m.getName().equals("getCallerPrincipal")) {
                        return principal;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        return new CurrentAccount(session, accounts);
    }

    @Test
    void aSignedInCustomerIsTheirAccountWhateverTheCaseOfTheirName() {
        UserAccount kim = accounts.put(UserAccount.customer(EmailAddress.of("kim@example.org"), "Kim", "h", NOW));
        CurrentAccount current = callerNamed("Kim@Example.org");
        assertSame(kim, current.get());
        assertSame(kim, current.getForUpdate());
        assertEquals(Optional.of(kim), current.find());
        assertEquals("Kim@Example.org", current.name());
    }

    @Test
    void guestsNamesThatAreNoAccountAndAccountsGoneOrDisabledAreNotSignedIn() {
        UserAccount bo = accounts.put(UserAccount.staff(EmailAddress.of("bo@example.org"), "Bo", "h", Set.of(Roles.SUPPORT), NOW));
        bo.disable();
        for (String name : new String[]{null, "ANONYMOUS", "system", "not an@address", "gone@example.org", "bo@example.org"}) {
            CurrentAccount current = callerNamed(name);
            assertTrue(current.find().isEmpty(), name);
            assertNull(current.idOrNull(), name);
            assertThrows(NotAuthenticatedException.class, current::get, name);
            assertThrows(NotAuthenticatedException.class, current::getForUpdate, name);
        }
        assertEquals("ANONYMOUS", callerNamed(null).name());
    }

    /** Accounts by email in memory; the lookups the caller needs and nothing else. */
    private static final class Accounts implements AccountRepository {
        private final Map<EmailAddress, UserAccount> byEmail = new HashMap<>();

        UserAccount put(UserAccount account) {
            byEmail.put(account.getEmail(), account);
            return account;
        }

        @Override
        public Optional<UserAccount> byEmail(EmailAddress email) {
            return Optional.ofNullable(byEmail.get(email));
        }

        @Override
        public Optional<UserAccount> byEmailForUpdate(EmailAddress email) {
            return byEmail(email);
        }

        @Override
        public boolean anyWithRole(String role) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserAccount> byLoginTicketForUpdate(String ticketHash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserAccount> byResetTokenForUpdate(String tokenHash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserAccount> byEmailTokenForUpdate(String tokenHash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserAccount> byId(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<UserAccount> staff() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<UserAccount> customers(String emailPrefix, io.openshop.domain.shared.Sort<io.openshop.domain.identity.CustomerColumn> sort,
                                           PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long activeWithRole(String role) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void lockStaffChanges() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(UserAccount account) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void recordAttempt(String email, String remoteAddress, boolean succeeded) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long failuresFrom(String remoteAddress, Instant since) {
            throw new UnsupportedOperationException();
        }
    }
}
