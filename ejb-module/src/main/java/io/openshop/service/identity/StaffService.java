package io.openshop.service.identity;

import io.openshop.domain.identity.AccountRepository;
import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.identity.EmailTakenException;
import io.openshop.domain.identity.PasswordPolicy;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.identity.StaffRules;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * ADMIN manages the staff: lists them, opens accounts, grants and revokes roles, disables and
 * enables accounts. Role and state changes are audited with the state before and after, and
 * serialised so that the shop always keeps an active administrator ({@link StaffRules}).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffService {

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    PasswordHasher hasher;

    @Resource
    SessionContext caller;

    /** Every staff account, by email. */
    public List<StaffMember> staff() {
        return accounts.staff().stream().map(StaffMember::new).toList();
    }

    public StaffMember member(long id) {
        return new StaffMember(existing(id));
    }

    /** Opens a staff account with an initial password that must pass the {@link PasswordPolicy}. */
    public StaffMember create(String typedEmail, String name, String password, Collection<String> roles, String remoteAddress) {
        EmailAddress email = EmailAddress.of(typedEmail);
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "a member of staff needs at least one role");
        }
        PasswordPolicy.standard().check(password, email);
        if (accounts.byEmail(email).isPresent()) {
            throw new EmailTakenException();
        }
        UserAccount account = UserAccount.staff(email, name, hasher.hash(password), new TreeSet<>(roles), Instant.now());
        accounts.add(account);
        audit.record(new AuditEntry(actor(), AuditAction.ACCOUNT_CREATED, email.value(), null,
                Map.of("kind", account.getKind().name(), "roles", String.join(",", account.getRoles())), clip(remoteAddress)));
        return new StaffMember(account);
    }

    /** Gives a member of staff a role; audited with the roles before and after. */
    public StaffMember grantRole(long id, String role, String remoteAddress) {
        accounts.lockStaffChanges();
        UserAccount account = existing(id);
        Set<String> before = new TreeSet<>(account.getRoles());
        if (account.grant(role)) {
            auditRoles(AuditAction.ROLE_GRANTED, account, before, remoteAddress);
        }
        return new StaffMember(account);
    }

    /** Takes a role from a member of staff (never the last active ADMIN's, never one's own ADMIN); audited. */
    public StaffMember revokeRole(long id, String role, String remoteAddress) {
        accounts.lockStaffChanges();
        UserAccount account = existing(id);
        StaffRules.checkRevoke(actor(), account, role, accounts.activeWithRole(Roles.ADMIN));
        Set<String> before = new TreeSet<>(account.getRoles());
        if (account.revoke(role)) {
            auditRoles(AuditAction.ROLE_REVOKED, account, before, remoteAddress);
        }
        return new StaffMember(account);
    }

    /** Closes a staff account: no more sign-in, and its sessions and API tokens open nothing. Audited. */
    public StaffMember disable(long id, String remoteAddress) {
        accounts.lockStaffChanges();
        UserAccount account = existing(id);
        StaffRules.checkDisable(actor(), account, accounts.activeWithRole(Roles.ADMIN));
        if (account.disable()) {
            auditStatus(AuditAction.ACCOUNT_DISABLED, account, "ACTIVE", remoteAddress);
        }
        return new StaffMember(account);
    }

    /** Opens a disabled staff account again; audited. */
    public StaffMember enable(long id, String remoteAddress) {
        accounts.lockStaffChanges();
        UserAccount account = existing(id);
        if (account.enable()) {
            auditStatus(AuditAction.ACCOUNT_ENABLED, account, "DISABLED", remoteAddress);
        }
        return new StaffMember(account);
    }

    private void auditRoles(AuditAction action, UserAccount account, Set<String> before, String remoteAddress) {
        audit.record(new AuditEntry(actor(), action, account.getEmail().value(),
                Map.of("roles", String.join(",", before)), Map.of("roles", String.join(",", new TreeSet<>(account.getRoles()))),
                clip(remoteAddress)));
    }

    private void auditStatus(AuditAction action, UserAccount account, String before, String remoteAddress) {
        audit.record(new AuditEntry(actor(), action, account.getEmail().value(),
                Map.of("status", before), Map.of("status", account.getStatus().name()), clip(remoteAddress)));
    }

    /** Staff accounts only: a customer's id is as unknown here as one that does not exist. */
    private UserAccount existing(long id) {
        return accounts.byId(id).filter(UserAccount::isStaff)
                .orElseThrow(() -> new NotFoundException("Staff account", Long.toString(id)));
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }

    private static String clip(String value) {
        return value == null || value.length() <= 64 ? value : value.substring(0, 64);
    }
}
