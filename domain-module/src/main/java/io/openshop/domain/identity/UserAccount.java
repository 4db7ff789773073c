package io.openshop.domain.identity;

import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.EncryptedText;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.TextRules;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person who can sign in: a customer or a member of staff, with a password hash (never the
 * password), roles that fit the kind of account, and the count of wrong passwords that leads to
 * a temporary lock-out. Aggregate root.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    public static final int MAX_NAME_LENGTH = 120;
    private static final Set<String> STAFF_ROLES = Set.of(Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT, Roles.SUPPORT);

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = MAX_NAME_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AccountKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    /** The second factor's shared secret (base32), encrypted at rest; set from the start of enrolment. */
    @Convert(converter = EncryptedText.class)
    @Column(name = "totp_secret")
    private String totpSecret;

    /** Whether enrolment was confirmed with a first valid code: only then is the second factor asked for. */
    @Column(name = "totp_confirmed", nullable = false)
    private boolean totpConfirmed;

    /** The last time step whose code was accepted; no code of it or an earlier step is accepted again. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** The ticket that a right password earns for the second step of a sign-in; null when none is outstanding. */
    @Embedded
    @AttributeOverride(name = "hash", column = @Column(name = "login_ticket_hash", length = 64))
    @AttributeOverride(name = "expires", column = @Column(name = "login_ticket_expires"))
    private ExpiringToken loginTicket;

    /** The outstanding email-verification token; null when none is. */
    @Embedded
    @AttributeOverride(name = "hash", column = @Column(name = "email_token_hash", length = 64))
    @AttributeOverride(name = "expires", column = @Column(name = "email_token_expires"))
    private ExpiringToken emailToken;

    /** The outstanding password-reset token; null when none is. */
    @Embedded
    @AttributeOverride(name = "hash", column = @Column(name = "reset_token_hash", length = 64))
    @AttributeOverride(name = "expires", column = @Column(name = "reset_token_expires"))
    private ExpiringToken resetToken;

    /** When the password last changed: no session or API token from before then is honoured. */
    @Column(name = "credentials_changed_at")
    private OffsetDateTime credentialsChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 30)
    private Set<String> roles = new TreeSet<>();

    /** Counts up whenever the account's API tokens must stop working; a token carries the number it was issued under. */
    @Column(name = "token_generation", nullable = false)
    private long tokenGeneration;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    private UserAccount(EmailAddress email, String displayName, String passwordHash, AccountKind kind, Instant now) {
        if (email == null) {
            throw new InvalidInputException("email", "is required");
        }
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new InvalidInputException("password", "is required");
        }
        this.email = email.value();
        this.displayName = checkedName(displayName);
        this.passwordHash = passwordHash;
        this.kind = kind;
        this.status = AccountStatus.ACTIVE;
        this.createdAt = at(now);
    }

    /** A shopper who signed up; holds the CUSTOMER role and nothing else. */
    public static UserAccount customer(EmailAddress email, String displayName, String passwordHash, Instant now) {
        UserAccount account = new UserAccount(email, displayName, passwordHash, AccountKind.CUSTOMER, now);
        account.roles.add(Roles.CUSTOMER);
        return account;
    }

    /** A member of staff with at least one staff role. */
    public static UserAccount staff(EmailAddress email, String displayName, String passwordHash, Set<String> roles, Instant now) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "a member of staff needs at least one role");
        }
        UserAccount account = new UserAccount(email, displayName, passwordHash, AccountKind.STAFF, now);
        roles.forEach(account::grant);
        return account;
    }

    /** The name the account goes by: 1 to {@value #MAX_NAME_LENGTH} characters, trimmed. */
    public void rename(String name) {
        this.displayName = checkedName(name);
    }

    private static String checkedName(String name) {
        return TextRules.name("name", name, MAX_NAME_LENGTH);
    }

    /** Gives a role that fits the kind of account; true when the account did not hold it yet. */
    public boolean grant(String role) {
        boolean fits = kind == AccountKind.CUSTOMER ? Roles.CUSTOMER.equals(role) : STAFF_ROLES.contains(role);
        if (!fits) {
            throw new InvalidInputException("role", "'" + role + "' does not fit a " + kind.name().toLowerCase() + " account");
        }
        boolean added = roles.add(role);
        if (added) {
            revokeTokens();
        }
        return added;
    }

    /** Takes a role away; staff keep at least one. True when the account held it. */
    public boolean revoke(String role) {
        if (roles.contains(role) && roles.size() == 1) {
            throw new InvalidInputException("role", "an account keeps at least one role");
        }
        boolean removed = roles.remove(role);
        if (removed) {
            revokeTokens();
        }
        return removed;
    }

    /**
     * Every API token issued so far stops working (sign-out, a changed password or role, erasure):
     * tokens name the generation they were issued under, and only the current one is accepted.
     */
    public void revokeTokens() {
        tokenGeneration++;
    }

    /** Whether a token issued under this generation still speaks for the account. */
    public boolean acceptsTokenOf(long generation) {
        return status == AccountStatus.ACTIVE && generation == tokenGeneration;
    }

    public long getTokenGeneration() {
        return tokenGeneration;
    }

    /** Whether this is a member of staff's account (the back office manages only these). */
    public boolean isStaff() {
        return kind == AccountKind.STAFF;
    }

    /** Whether the account may be used at all (not disabled by an administrator or by erasure). */
    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    /**
     * Staff close an account (a member of staff who left, a customer account that is abused): it
     * can no longer sign in and its tokens stop working. True when it was active.
     */
    public boolean disable() {
        boolean was = status == AccountStatus.ACTIVE;
        status = AccountStatus.DISABLED;
        if (was) {
            revokeTokens();
        }
        return was;
    }

    /** Staff open a disabled account again; an erased customer's account stays closed for good. True when it was disabled. */
    public boolean enable() {
        if (isErased()) {
            throw new InvalidInputException("account", "was erased on the customer's request and cannot be opened again");
        }
        boolean was = status == AccountStatus.DISABLED;
        status = AccountStatus.ACTIVE;
        failedLogins = 0;
        lockedUntil = null;
        return was;
    }

    /** Whether the account is locked for a while after too many wrong passwords. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil.toInstant());
    }

    /** Whether a password may be checked at all for this account now. */
    public boolean maySignIn(Instant now) {
        return status == AccountStatus.ACTIVE && !isLocked(now);
    }

    /**
     * Counts a wrong password. Reaching the throttle's limit locks the account for the
     * throttle's duration and starts the count again; returns true when this call locked it.
     */
    public boolean loginFailed(Instant now, LoginThrottle throttle) {
        failedLogins++;
        if (failedLogins >= throttle.maxFailuresPerAccount()) {
            lockedUntil = at(now.plus(throttle.lockDuration()));
            failedLogins = 0;
            return true;
        }
        return false;
    }

    /** A right password: the count of failures starts again. */
    public void loginSucceeded(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = at(now);
    }

    /**
     * A right password: the account awaits the second step of its sign-in, which must present the
     * ticket hashed here before {@code expires}. A newer ticket replaces an older one.
     */
    public void awaitSecondStep(String ticketHash, Instant expires) {
        this.loginTicket = new ExpiringToken(ticketHash, expires);
    }

    /** Whether {@code ticketHash} is this account's current ticket and has not expired. */
    public boolean holdsTicket(String ticketHash, Instant now) {
        return ExpiringToken.matches(loginTicket, ticketHash, now);
    }

    /** The second step is over (signed in, or given up on after a lock-out): the ticket is worth nothing. */
    public void endSecondStep() {
        this.loginTicket = null;
    }

    /** A verification email is on its way: its token (hashed here) confirms the address until {@code expires}; a newer one replaces it. */
    public void awaitEmailVerification(String tokenHash, Instant expires) {
        this.emailToken = new ExpiringToken(tokenHash, expires);
    }

    /** Confirms the email address with the token of the latest verification email; single use. */
    public boolean verifyEmail(String tokenHash, Instant now) {
        if (!ExpiringToken.matches(emailToken, tokenHash, now)) {
            return false;
        }
        emailVerified = true;
        emailToken = null;
        return true;
    }

    /** A reset link is on its way: its token (hashed here) sets a new password until {@code expires}; an older link dies. */
    public void awaitPasswordReset(String tokenHash, Instant expires) {
        this.resetToken = new ExpiringToken(tokenHash, expires);
    }

    /** Whether {@code tokenHash} is the latest reset token and has not expired. */
    public boolean holdsResetToken(String tokenHash, Instant now) {
        return ExpiringToken.matches(resetToken, tokenHash, now);
    }

    /**
     * A new password (already checked by the policy and hashed): every reset link dies, a
     * lock-out ends, and no session or token from before {@code now} is honoured any more.
     */
    public void changePassword(String newPasswordHash, Instant now) {
        if (newPasswordHash == null || newPasswordHash.isBlank()) {
            throw new InvalidInputException("password", "is required");
        }
        this.passwordHash = newPasswordHash;
        this.resetToken = null;
        this.loginTicket = null;
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.credentialsChangedAt = at(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)); // tokens' iat has whole seconds
    }

    /**
     * Whether a sign-in (session or token) made at {@code signedInAt} may have come before the
     * password last changed. The change is kept to the second (a token's {@code iat} has whole
     * seconds), so a sign-in in that same second counts as before it: one made just before the
     * change must end, and one made just after merely signs in again.
     */
    public boolean signedInBeforeCredentialsChanged(Instant signedInAt) {
        return credentialsChangedAt != null && (signedInAt == null
                || !signedInAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).isAfter(credentialsChangedAt.toInstant()));
    }

    /** Whether signing in takes a one-time code after the password. */
    public boolean isTwoFactorOn() {
        return totpConfirmed;
    }

    /** An administrator must use two-factor sign-in: until enrolled, nothing but enrolment is open to them. */
    public boolean mustEnrolTwoFactor() {
        return roles.contains(Roles.ADMIN) && !totpConfirmed;
    }

    /** Starts (or starts again) enrolment with a new secret; the second factor is on only once a code confirms it. */
    public void beginTwoFactorEnrolment(String base32Secret) {
        if (totpConfirmed) {
            throw new InvalidInputException("twoFactor", "is already on for this account");
        }
        if (base32Secret == null || base32Secret.isBlank()) {
            throw new InvalidInputException("secret", "is required");
        }
        this.totpSecret = base32Secret;
        this.totpLastStep = null;
    }

    /** The secret of an enrolment in progress, to show once as a QR code; never of a confirmed one. */
    public String pendingTwoFactorSecret() {
        return totpConfirmed ? null : totpSecret;
    }

    /** Confirms enrolment with a first valid code; false (nothing changes) when the code is wrong. */
    public boolean confirmTwoFactor(String code, Instant now, OneTimeCodeGenerator codes) {
        if (totpConfirmed || totpSecret == null) {
            throw new InvalidInputException("twoFactor", "enrolment has not been started");
        }
        OptionalLong step = TimeBasedCodes.matchingStep(code, now, totpLastStep, totpSecret, codes);
        if (step.isEmpty()) {
            return false;
        }
        totpConfirmed = true;
        totpLastStep = step.getAsLong();
        return true;
    }

    /**
     * Checks the second factor's code: right when it is the code of a step within the window and
     * after the last accepted one. An accepted step is used up, so the same code never works twice.
     */
    public boolean acceptCode(String code, Instant now, OneTimeCodeGenerator codes) {
        if (!totpConfirmed) {
            return false;
        }
        OptionalLong step = TimeBasedCodes.matchingStep(code, now, totpLastStep, totpSecret, codes);
        if (step.isEmpty()) {
            return false;
        }
        totpLastStep = step.getAsLong();
        return true;
    }

    /**
     * Erasure of a customer's personal data: the email becomes a placeholder unique to this
     * account (so the address is free again and the row stays valid), the name is blanked, the
     * account is disabled for good and its password no longer matches anything.
     */
    public void erase(String unusablePasswordHash) {
        if (kind != AccountKind.CUSTOMER) {
            throw new InvalidInputException("account", "only a customer's account is erased; staff accounts are disabled instead");
        }
        this.email = erasedEmail(id);
        this.displayName = "Erased customer";
        this.passwordHash = unusablePasswordHash;
        this.status = AccountStatus.DISABLED;
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.emailVerified = false;
        revokeTokens();
    }

    /** The domain of erased customers' placeholder emails (.invalid: no mail can ever reach it). */
    private static final String ERASED_DOMAIN = "@erased.invalid";

    /** Whether this is a customer account whose personal data was erased. */
    public boolean isErased() {
        return kind == AccountKind.CUSTOMER && email.endsWith(ERASED_DOMAIN);
    }

    /** The placeholder that replaces an erased customer's email, on the account and on their orders. */
    public static String erasedEmail(long accountId) {
        return "erased-" + accountId + ERASED_DOMAIN;
    }

    public Long getId() {
        return id;
    }

    public EmailAddress getEmail() {
        return new EmailAddress(email);
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountKind getKind() {
        return kind;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil == null ? null : lockedUntil.toInstant();
    }

    public Instant getCreatedAt() {
        return createdAt == null ? null : createdAt.toInstant();
    }

    public Instant getLastLoginAt() {
        return lastLoginAt == null ? null : lastLoginAt.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
