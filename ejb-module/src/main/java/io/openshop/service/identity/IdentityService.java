package io.openshop.service.identity;

import io.openshop.domain.identity.AccountRepository;
import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.identity.EmailTakenException;
import io.openshop.domain.identity.LoginThrottle;
import io.openshop.domain.identity.PasswordPolicy;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.identity.TimeBasedCodes;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotAuthenticatedException;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.shared.TextRules;
import io.openshop.service.identity.infrastructure.HotpCodes;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Who may sign in, and the accounts behind them. Signing in and signing up are open to
 * everyone; everything about an existing account needs its owner's or an admin's role.
 * Every sign-in, failure, lock-out and role change is written to the audit log.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT, Roles.CUSTOMER})
public class IdentityService {

    static final String ISSUER = "OpenShop";
    private static final Duration SECOND_STEP_LIFETIME = Duration.ofMinutes(5);
    static final Duration RESET_LIFETIME = Duration.ofMinutes(30);
    static final Duration VERIFICATION_LIFETIME = Duration.ofHours(48);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    PasswordHasher hasher;

    @Inject
    HotpCodes codes;

    @EJB
    IdentityMails mails;

    @EJB
    CurrentAccount current;

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
     * The first step of a sign-in: checks an email and password, counting failures per account
     * (a lock-out after too many) and per remote address. The answer never says why a sign-in
     * failed; a right password earns a ticket for {@link #completeSignIn}, where the sign-in is
     * completed (and, for two-factor accounts, the one-time code checked).
     */
    @PermitAll
    public SignInResult signIn(String typedEmail, String password, String remoteAddress) {
        Instant now = Instant.now();
        String address = remoteAddress == null || remoteAddress.isBlank() ? "unknown" : clip(remoteAddress, 64);
        LoginThrottle throttle = throttle();
        String claimed = typedEmail == null ? null : clip(typedEmail.strip().toLowerCase(java.util.Locale.ROOT), 254);

        UserAccount account = null;
        SignInRefusal refusal;
        if (addressThrottled(address, now, throttle)) {
            refusal = SignInRefusal.ADDRESS_THROTTLED;
        } else {
            account = password == null ? null : accountFor(typedEmail);
            refusal = account == null ? SignInRefusal.UNKNOWN_ACCOUNT
                    : !account.maySignIn(now) ? SignInRefusal.LOCKED_OR_DISABLED
                    : !hasher.verify(password, account.getPasswordHash()) ? SignInRefusal.WRONG_PASSWORD
                    : null;
        }
        if (refusal == SignInRefusal.UNKNOWN_ACCOUNT) {
            // as long as checking a password would have taken, so that the time does not tell who has an account
            hasher.spendVerificationTime(password == null ? "" : password);
        }
        if (refusal != null) {
            return refuse(refusal, false, account == null ? claimed : account.getEmail().value(), account, address, now, throttle);
        }
        // the password is right; the sign-in ends in the second step, with a one-time code when the account has one
        String ticket = newTicket();
        account.awaitSecondStep(hash(ticket), now.plus(SECOND_STEP_LIFETIME));
        return SignInResult.passwordAccepted(account.getEmail().value(), ticket, account.isTwoFactorOn(), account.mustEnrolTwoFactor());
    }

    /**
     * The second step of a sign-in: the ticket a right password earned (single use, valid for
     * five minutes) and, when the account has two-factor sign-in, its current one-time code. A
     * wrong, old or replayed code counts as a failed sign-in (the same lock-out as for passwords).
     * With {@code refuseUnenrolledAdmin}, an administrator without two-factor sign-in is refused
     * (API tokens; the back office sends them to enrolment instead).
     */
    @PermitAll
    public SignInResult completeSignIn(String ticket, String code, String remoteAddress, boolean refuseUnenrolledAdmin) {
        Instant now = Instant.now();
        String address = remoteAddress == null || remoteAddress.isBlank() ? "unknown" : clip(remoteAddress, 64);
        LoginThrottle throttle = throttle();

        UserAccount account = null;
        SignInRefusal refusal;
        if (addressThrottled(address, now, throttle)) {
            refusal = SignInRefusal.ADDRESS_THROTTLED;
        } else {
            String ticketHash = ticket == null || ticket.isBlank() ? null : hash(ticket);
            account = ticketHash == null ? null : accounts.byLoginTicketForUpdate(ticketHash).orElse(null);
            refusal = account == null || !account.holdsTicket(ticketHash, now) ? SignInRefusal.NO_VALID_TICKET
                    : !account.maySignIn(now) ? SignInRefusal.LOCKED_OR_DISABLED
                    : refuseUnenrolledAdmin && account.mustEnrolTwoFactor() ? SignInRefusal.ADMIN_WITHOUT_TWO_FACTOR
                    : account.isTwoFactorOn() && !account.acceptCode(code, now, codes) ? SignInRefusal.WRONG_CODE
                    : null;
        }
        if (refusal != null) {
            return refuse(refusal, true, account == null ? null : account.getEmail().value(), account, address, now, throttle);
        }
        String email = account.getEmail().value();
        account.endSecondStep();
        account.loginSucceeded(now);
        accounts.recordAttempt(email, address, true);
        audit.record(new AuditEntry(email, AuditAction.LOGIN, email, null,
                Map.of("secondFactor", account.isTwoFactorOn() ? "totp" : "none"), address));
        return SignInResult.signedIn(email, account.getRoles(), account.mustEnrolTwoFactor());
    }

    /**
     * The one way a step of a sign-in is refused: the attempt counts against the address, a wrong
     * credential against the account (locking it at the limit), the audit log says why, and the
     * caller learns nothing but that it failed.
     *
     * @param secondStep whether the refused step is the second (a ticket may die with it)
     * @param who        the account's email, or the email claimed for an unknown one; null when none is known
     * @param account    the account the step was for, when it is known
     */
    private SignInResult refuse(SignInRefusal refusal, boolean secondStep, String who, UserAccount account, String address,
                                Instant now, LoginThrottle throttle) {
        Map<String, String> before = null;
        Map<String, String> after = new HashMap<>();
        if (refusal.reason != null) {
            after.put("reason", refusal.reason);
        }
        if (refusal == SignInRefusal.ADDRESS_THROTTLED && secondStep) {
            after.put("step", "second");
        }
        if (refusal == SignInRefusal.LOCKED_OR_DISABLED) {
            after.put("status", account.getStatus().name());
            after.put("lockedUntil", String.valueOf(account.getLockedUntil()));
        }
        boolean locked = false;
        if (refusal.countsAgainstAccount) {
            before = Map.of("failedLogins", Integer.toString(account.getFailedLogins()));
            locked = account.loginFailed(now, throttle);
            after.put("failedLogins", Integer.toString(locked ? throttle.maxFailuresPerAccount() : account.getFailedLogins()));
        }
        if (secondStep && account != null && (refusal.endsSecondStep || locked)) {
            account.endSecondStep();
        }
        accounts.recordAttempt(who, address, false);
        audit.record(new AuditEntry(who, refusal.action, who, before, after.isEmpty() ? null : after, address));
        if (locked) {
            audit.record(new AuditEntry(who, AuditAction.ACCOUNT_LOCKED, who, null,
                    Map.of("lockedUntil", account.getLockedUntil().toString()), address));
        }
        return SignInResult.refused();
    }

    /** Whether the address made too many failed attempts lately to be heard at all. */
    private boolean addressThrottled(String address, Instant now, LoginThrottle throttle) {
        return accounts.failuresFrom(address, now.minus(throttle.addressWindow())) >= throttle.maxFailuresPerAddress();
    }

    /** The account with this email, locked until the transaction ends so that concurrent attempts count exactly. */
    private UserAccount accountFor(String typedEmail) {
        try {
            return accounts.byEmailForUpdate(EmailAddress.of(typedEmail)).orElse(null);
        } catch (InvalidInputException notAnEmail) {
            return null;
        }
    }

    /**
     * Starts two-factor enrolment for the signed-in member of staff: a new secret, shown once.
     * Empty when two-factor sign-in is already on.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT})
    public Optional<TwoFactorEnrolment> beginTwoFactorEnrolment() {
        UserAccount account = current.get();
        if (account.isTwoFactorOn()) {
            return Optional.empty();
        }
        String secret = codes.newSecret();
        account.beginTwoFactorEnrolment(secret);
        String label = URLEncoder.encode(ISSUER + ":" + account.getEmail().value(), StandardCharsets.UTF_8).replace("+", "%20");
        return Optional.of(new TwoFactorEnrolment(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + TimeBasedCodes.DIGITS + "&period=" + TimeBasedCodes.STEP.getSeconds()));
    }

    /** Confirms enrolment with the first code of the new secret; audited. False when the code is wrong. */
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT})
    public boolean confirmTwoFactor(String code, String remoteAddress) {
        UserAccount account = current.get();
        if (!account.confirmTwoFactor(code, Instant.now(), codes)) {
            return false;
        }
        String email = account.getEmail().value();
        audit.record(new AuditEntry(email, AuditAction.TWO_FACTOR_ENABLED, email, Map.of("twoFactor", "off"),
                Map.of("twoFactor", "totp"), clip(remoteAddress, 64)));
        return true;
    }

    /** Whether the signed-in member of staff has two-factor sign-in on. */
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT})
    public boolean twoFactorOn() {
        return current.get().isTwoFactorOn();
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
        Instant now = Instant.now();
        UserAccount account = UserAccount.customer(email, name, hash, now);
        accounts.add(account);
        String token = newTicket();
        account.awaitEmailVerification(hash(token), now.plus(VERIFICATION_LIFETIME));
        mails.verification(email, token, VERIFICATION_LIFETIME);
        audit.record(new AuditEntry(email.value(), AuditAction.ACCOUNT_CREATED, email.value(), null,
                Map.of("kind", account.getKind().name(), "roles", String.join(",", account.getRoles())), clip(remoteAddress, 64)));
        return true;
    }

    /**
     * Someone tried to open an account with an email that has one: the owner hears of it by email
     * ("you already have an account; sign in or reset your password"), sent although nothing else
     * changes, and the attempt is recorded in the audit log.
     */
    void signUpAttemptedForExistingAccount(EmailAddress email, String remoteAddress) {
        mails.accountAlreadyExists(email);
        audit.record(new AuditEntry(email.value(), AuditAction.SIGN_UP_FOR_EXISTING_ACCOUNT, email.value(), null, null, remoteAddress));
    }

    /** Confirms an email address with the token of its verification email (single use); audited. */
    @PermitAll
    public boolean verifyEmail(String token, String remoteAddress) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        Optional<UserAccount> found = accounts.byEmailTokenForUpdate(hash(token.strip()));
        if (found.isEmpty() || !found.get().verifyEmail(hash(token.strip()), Instant.now())) {
            return false;
        }
        String email = found.get().getEmail().value();
        audit.record(new AuditEntry(email, AuditAction.EMAIL_VERIFIED, email, Map.of("emailVerified", "false"),
                Map.of("emailVerified", "true"), clip(remoteAddress, 64)));
        return true;
    }

    /**
     * "Forgot your password": emails a single-use link valid for 30 minutes to an active account
     * with this address (the link before it stops working). The caller learns nothing either way.
     */
    @PermitAll
    public void requestPasswordReset(String typedEmail, String remoteAddress) {
        EmailAddress email = EmailAddress.of(typedEmail);
        Optional<UserAccount> found = accounts.byEmailForUpdate(email).filter(UserAccount::isActive);
        audit.record(new AuditEntry(null, AuditAction.PASSWORD_RESET_REQUESTED, email.value(), null,
                Map.of("sent", Boolean.toString(found.isPresent())), clip(remoteAddress, 64)));
        if (found.isEmpty()) {
            return;
        }
        String token = newTicket();
        found.get().awaitPasswordReset(hash(token), Instant.now().plus(RESET_LIFETIME));
        mails.passwordReset(email, token, RESET_LIFETIME);
    }

    /**
     * Sets a new password with a reset link's token: single use, 30 minutes, the policy applies.
     * Every earlier session and API token of the account ends. Audited.
     */
    @PermitAll
    public void resetPassword(String token, String newPassword, String remoteAddress) {
        String tokenHash = token == null || token.isBlank() || token.length() > 100 ? null : hash(token.strip());
        Instant now = Instant.now();
        UserAccount account = (tokenHash == null ? Optional.<UserAccount>empty() : accounts.byResetTokenForUpdate(tokenHash))
                .filter(a -> a.holdsResetToken(tokenHash, now)).filter(UserAccount::isActive)
                .orElseThrow(() -> new InvalidInputException("link",
                        "is not valid any more: it was used already, has expired, or a newer one was sent; ask for a new one"));
        PasswordPolicy.standard().check(newPassword, account.getEmail());
        account.changePassword(hasher.hash(newPassword), now);
        String email = account.getEmail().value();
        audit.record(new AuditEntry(email, AuditAction.PASSWORD_RESET, email, null,
                Map.of("sessionsEndedBefore", now.toString()), clip(remoteAddress, 64)));
    }

    /**
     * Whether a sign-in made at {@code signedInAt} still counts: false when the account is gone
     * or disabled, or its password changed since.
     */
    @PermitAll
    public boolean signInStillValid(String email, Instant signedInAt) {
        try {
            return accounts.byEmail(EmailAddress.of(email)).filter(UserAccount::isActive)
                    .filter(a -> !a.signedInBeforeCredentialsChanged(signedInAt)).isPresent();
        } catch (InvalidInputException notAnEmail) {
            return false;
        }
    }

    /** The signed-in caller changes the name their account goes by (customers and staff alike). */
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT, Roles.CUSTOMER})
    public AccountProfile renameMe(String name) {
        UserAccount account = current.get();
        account.rename(name);
        return new AccountProfile(account);
    }

    /** The signed-in customer's own account. */
    @RolesAllowed(Roles.CUSTOMER)
    public AccountProfile myProfile() {
        return new AccountProfile(current.get());
    }

    /** The signed-in member of staff's own account, for the back office. */
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT})
    public AccountProfile staffProfile() {
        return new AccountProfile(current.get());
    }

    /** Whoever is signed in (customer or staff): their own account, for the API. */
    @RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT, Roles.CUSTOMER})
    public AccountProfile ownProfile() {
        return new AccountProfile(current.get());
    }

    /**
     * Records that the caller signs out (before the session ends) and revokes every API token of
     * the account: signing out anywhere signs out everywhere.
     */
    @PermitAll
    public void signedOut(String remoteAddress) {
        String name = current.name();
        if (!CurrentAccount.ANONYMOUS.equals(name)) {
            current.find().ifPresent(UserAccount::revokeTokens);
            audit.record(new AuditEntry(name, AuditAction.LOGOUT, name, null, Map.of("apiTokens", "revoked"), clip(remoteAddress, 64)));
        }
    }

    private static String newTicket() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Only a hash of a ticket is stored, so a copy of the database holds no usable ticket. */
    private static String hash(String ticket) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private LoginThrottle throttle() {
        return new LoginThrottle(maxFailuresPerAccount, Duration.ofMinutes(lockMinutes),
                maxFailuresPerAddress, Duration.ofMinutes(addressWindowMinutes));
    }

    /** What was typed, bounded and storable (a control character, a NUL above all, would fail the audit's insert). */
    private static String clip(String value, int max) {
        String readable = TextRules.readable(value);
        return readable == null || readable.length() <= max ? readable : readable.substring(0, max);
    }
}
