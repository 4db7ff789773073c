package io.openshop.service.identity;

import io.openshop.domain.identity.AccountRepository;
import io.openshop.domain.identity.AuditAction;
import io.openshop.domain.identity.AuditEntry;
import io.openshop.domain.identity.AuditTrail;
import io.openshop.domain.identity.EmailAddress;
import io.openshop.domain.identity.EmailTakenException;
import io.openshop.domain.identity.LoginThrottle;
import io.openshop.domain.identity.PasswordPolicy;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may sign in, and the accounts behind them. Signing in and signing up are open to
 * everyone; everything about an existing account needs its owner's or an admin's role.
 * Every sign-in, failure, lock-out and role change is written to the audit log.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT, Roles.CUSTOMER})
public class IdentityService {

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    PasswordHasher hasher;

    @Resource
    SessionContext caller;

    @Inject
    @ConfigProperty(name = "shop.identity.max-failures-per-account", defaultValue = "5")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "shop.identity.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "shop.identity.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "shop.identity.address-window-minutes", defaultValue = "15")
    int addressWindowMinutes;

    /**
     * Checks an email and password, counting failures per account (a lock-out after too many)
     * and per remote address. The answer never says why a sign-in failed.
     */
    @PermitAll
    public SignInResult signIn(String typedEmail, String password, String remoteAddress) {
        Instant now = Instant.now();
        String address = remoteAddress == null || remoteAddress.isBlank() ? "unknown" : clip(remoteAddress, 64);
        LoginThrottle throttle = throttle();
        String claimed = typedEmail == null ? null : clip(typedEmail.strip().toLowerCase(java.util.Locale.ROOT), 254);

        if (accounts.failuresFrom(address, now.minus(throttle.addressWindow())) >= throttle.maxFailuresPerAddress()) {
            accounts.recordAttempt(claimed, address, false);
            audit.record(new AuditEntry(claimed, AuditAction.LOGIN_REFUSED_ADDRESS, claimed, null, null, address));
            return SignInResult.refused();
        }
        Optional<UserAccount> found;
        try {
            found = accounts.byEmailForUpdate(EmailAddress.of(typedEmail));
        } catch (InvalidInputException notAnEmail) {
            found = Optional.empty();
        }
        if (found.isEmpty() || password == null) {
            hasher.spendVerificationTime(password == null ? "" : password);
            accounts.recordAttempt(claimed, address, false);
            audit.record(new AuditEntry(claimed, AuditAction.LOGIN_FAILED, claimed, null, Map.of("reason", "unknown account"), address));
            return SignInResult.refused();
        }
        UserAccount account = found.get();
        String email = account.getEmail().value();
        if (!account.maySignIn(now)) {
            accounts.recordAttempt(email, address, false);
            audit.record(new AuditEntry(email, AuditAction.LOGIN_REFUSED_LOCKED, email, null,
                    Map.of("status", account.getStatus().name(), "lockedUntil", String.valueOf(account.getLockedUntil())), address));
            return SignInResult.refused();
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            int before = account.getFailedLogins();
            boolean locked = account.loginFailed(now, throttle);
            accounts.recordAttempt(email, address, false);
            audit.record(new AuditEntry(email, AuditAction.LOGIN_FAILED, email, Map.of("failedLogins", Integer.toString(before)),
                    Map.of("failedLogins", Integer.toString(locked ? throttle.maxFailuresPerAccount() : account.getFailedLogins())), address));
            if (locked) {
                audit.record(new AuditEntry(email, AuditAction.ACCOUNT_LOCKED, email, null,
                        Map.of("lockedUntil", account.getLockedUntil().toString()), address));
            }
            return SignInResult.refused();
        }
        account.loginSucceeded(now);
        accounts.recordAttempt(email, address, true);
        audit.record(new AuditEntry(email, AuditAction.LOGIN, email, null, null, address));
        return SignInResult.of(email, account.getRoles());
    }

    /**
     * A shopper opens an account; the password must pass the {@link PasswordPolicy}. Answers
     * whether an account was created. When the email already has one, nothing changes and the
     * caller must answer exactly as for a new account (the same hashing time is spent here), so
     * that sign-up does not tell who has an account; the owner is told through
     * {@link #signUpAttemptedForExistingAccount}.
     */
    @PermitAll
    public boolean signUp(String typedEmail, String name, String password, String remoteAddress) {
        EmailAddress email = EmailAddress.of(typedEmail);
        if (name == null || name.isBlank() || name.strip().length() > UserAccount.MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "must be 1 to " + UserAccount.MAX_NAME_LENGTH + " characters");
        }
        PasswordPolicy.standard().check(password, email);
        String hash = hasher.hash(password);
        if (accounts.byEmail(email).isPresent()) {
            signUpAttemptedForExistingAccount(email, clip(remoteAddress, 64));
            return false;
        }
        UserAccount account = UserAccount.customer(email, name, hash, Instant.now());
        accounts.add(account);
        audit.record(new AuditEntry(email.value(), AuditAction.ACCOUNT_CREATED, email.value(), null,
                Map.of("kind", account.getKind().name(), "roles", String.join(",", account.getRoles())), clip(remoteAddress, 64)));
        return true;
    }

    /**
     * Someone tried to open an account with an email that has one. The hook for telling the
     * owner ("you already have an account; sign in or reset your password") once mail is sent;
     * until then it is recorded in the audit log only.
     */
    void signUpAttemptedForExistingAccount(EmailAddress email, String remoteAddress) {
        audit.record(new AuditEntry(email.value(), AuditAction.SIGN_UP_FOR_EXISTING_ACCOUNT, email.value(), null, null, remoteAddress));
    }

    /** The signed-in customer's own account. */
    @RolesAllowed(Roles.CUSTOMER)
    public AccountProfile myProfile() {
        return new AccountProfile(current());
    }

    /** The signed-in member of staff's own account, for the back office. */
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT})
    public AccountProfile staffProfile() {
        return new AccountProfile(current());
    }

    /** Whoever is signed in (customer or staff): their own account, for the API. */
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT, Roles.CUSTOMER})
    public AccountProfile ownProfile() {
        return new AccountProfile(current());
    }

    /** Gives a member of staff a role; audited with the roles before and after. */
    @RolesAllowed(Roles.ADMIN)
    public void grantRole(String email, String role, String remoteAddress) {
        UserAccount account = existing(email);
        Set<String> before = new TreeSet<>(account.getRoles());
        if (account.grant(role)) {
            auditRoles(AuditAction.ROLE_GRANTED, account, before, remoteAddress);
        }
    }

    /** Takes a role from a member of staff; audited with the roles before and after. */
    @RolesAllowed(Roles.ADMIN)
    public void revokeRole(String email, String role, String remoteAddress) {
        UserAccount account = existing(email);
        Set<String> before = new TreeSet<>(account.getRoles());
        if (account.revoke(role)) {
            auditRoles(AuditAction.ROLE_REVOKED, account, before, remoteAddress);
        }
    }

    /**
     * Records that the caller signs out (before the session ends) and revokes every API token of
     * the account: signing out anywhere signs out everywhere.
     */
    @PermitAll
    public void signedOut(String remoteAddress) {
        String name = caller.getCallerPrincipal() == null ? null : caller.getCallerPrincipal().getName();
        if (name != null && !"ANONYMOUS".equals(name)) {
            try {
                accounts.byEmail(EmailAddress.of(name)).ifPresent(UserAccount::revokeTokens);
            } catch (InvalidInputException notAnEmail) {
                // a principal that is no email has no account and no tokens
            }
            audit.record(new AuditEntry(name, AuditAction.LOGOUT, name, null, Map.of("apiTokens", "revoked"), clip(remoteAddress, 64)));
        }
    }

    private void auditRoles(AuditAction action, UserAccount account, Set<String> before, String remoteAddress) {
        String email = account.getEmail().value();
        audit.record(new AuditEntry(caller.getCallerPrincipal().getName(), action, email,
                Map.of("roles", String.join(",", before)), Map.of("roles", String.join(",", new TreeSet<>(account.getRoles()))),
                clip(remoteAddress, 64)));
    }

    private UserAccount current() {
        String name = caller.getCallerPrincipal().getName();
        return accounts.byEmail(EmailAddress.of(name)).orElseThrow(() -> new NotFoundException("Account", name));
    }

    private UserAccount existing(String email) {
        return accounts.byEmail(EmailAddress.of(email)).orElseThrow(() -> new NotFoundException("Account", email));
    }

    private LoginThrottle throttle() {
        return new LoginThrottle(maxFailuresPerAccount, Duration.ofMinutes(lockMinutes),
                maxFailuresPerAddress, Duration.ofMinutes(addressWindowMinutes));
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
