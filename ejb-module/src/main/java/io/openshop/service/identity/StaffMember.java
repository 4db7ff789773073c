package io.openshop.service.identity;

import io.openshop.domain.identity.UserAccount;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/** A staff account as the back office lists it (a class with getters, so Faces EL reads it); no password hash. */
public final class StaffMember implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final List<String> roles;
    private final String status;
    private final boolean twoFactor;
    private final Instant createdAt;
    private final Instant lastLoginAt;

    StaffMember(UserAccount account) {
        this.id = account.getId();
        this.email = account.getEmail().value();
        this.displayName = account.getDisplayName();
        this.roles = List.copyOf(new TreeSet<>(account.getRoles()));
        this.status = account.getStatus().name();
        this.twoFactor = account.isTwoFactorOn();
        this.createdAt = account.getCreatedAt();
        this.lastLoginAt = account.getLastLoginAt();
    }

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    /** The roles as one line, for tables. */
    public String getRolesText() {
        return String.join(", ", roles);
    }

    public String getStatus() {
        return status;
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public boolean isTwoFactor() {
        return twoFactor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
