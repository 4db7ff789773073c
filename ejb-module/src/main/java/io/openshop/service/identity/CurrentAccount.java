package io.openshop.service.identity;

import io.openshop.domain.identity.AccountRepository;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotAuthenticatedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.security.Principal;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place that turns the caller into an account. Every boundary that acts for "me" asks
 * here, so they all fail alike: a caller who is signed in but whose account is gone or disabled
 * (erased, or disabled by an administrator while a session was open) is not signed in as far as
 * the shop is concerned, a {@link NotAuthenticatedException} (401) — never a 404 that would
 * suggest the account could be found another way, nor the account of a disabled person.
 *
 * <p>A session bean so that the container hands it the calling bean's security identity and
 * transaction: what it returns is managed in the caller's persistence context.
 */
@Stateless
public class CurrentAccount {

    /** The name the container gives a caller who has not signed in. */
    static final String ANONYMOUS = "ANONYMOUS";

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    public CurrentAccount() {
        // for the container
    }

    /** For tests: the caller as {@code session} sees it, accounts from {@code accounts}. */
    public CurrentAccount(SessionContext session, AccountRepository accounts) {
        this.session = session;
        this.accounts = accounts;
    }

    /** The caller's name for the audit trail and status histories (an account's email, or ANONYMOUS). */
    @PermitAll
    public String name() {
        Principal principal = session.getCallerPrincipal();
        return principal == null ? ANONYMOUS : principal.getName();
    }

    /** The signed-in caller's active account; empty for guests, names that are no account's, and accounts gone or disabled. */
    @PermitAll
    public Optional<UserAccount> find() {
        return lookUp(accounts::byEmail);
    }

    /** The signed-in caller's active account, or {@link NotAuthenticatedException}. */
    @PermitAll
    public UserAccount get() {
        return find().orElseThrow(CurrentAccount::signInAgain);
    }

    /** The same, with the account's row locked until the transaction ends (erasure, changes that must not interleave). */
    @PermitAll
    public UserAccount getForUpdate() {
        return lookUp(accounts::byEmailForUpdate).orElseThrow(CurrentAccount::signInAgain);
    }

    /** The id of the caller's account, or null for a guest: whose carts a caller may open. */
    @PermitAll
    public Long idOrNull() {
        return find().map(UserAccount::getId).orElse(null);
    }

    private Optional<UserAccount> lookUp(Function<EmailAddress, Optional<UserAccount>> byEmail) {
        String name = name();
        if (ANONYMOUS.equals(name) || name.indexOf('@') < 0) {
            return Optional.empty();
        }
        EmailAddress email;
        try {
            email = EmailAddress.of(name);
        } catch (InvalidInputException notAnEmail) {
            return Optional.empty();
        }
        return byEmail.apply(email).filter(UserAccount::isActive);
    }

    private static NotAuthenticatedException signInAgain() {
        return new NotAuthenticatedException("Sign in again");
    }
}
