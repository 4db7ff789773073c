package io.openshop.service.identity;

import io.openshop.domain.identity.UserAccount;

import java.io.Serializable;
import java.util.List;

/** What the signed-in person may see of their own account (a class with getters, so Faces EL reads it). */
public final class AccountProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String email;
    private final String displayName;
    private final String kind;
    private final List<String> roles;
    private final boolean emailVerified;

    AccountProfile(UserAccount account) {
        this.email = account.getEmail().value();
        this.displayName = account.getDisplayName();
        this.kind = account.getKind().name();
        this.roles = List.copyOf(account.getRoles());
        this.emailVerified = account.isEmailVerified();
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getKind() {
        return kind;
    }

    public List<String> getRoles() {
        return roles;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }
}
