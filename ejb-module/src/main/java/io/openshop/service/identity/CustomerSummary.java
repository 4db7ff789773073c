package io.openshop.service.identity;

import io.openshop.domain.identity.UserAccount;

import java.io.Serializable;
import java.time.Instant;

/** A customer account as staff see it in lists: who, since when, whether it may sign in. */
public record CustomerSummary(long id, String email, String name, String status, boolean emailVerified, boolean erased,
                              Instant createdAt, Instant lastLoginAt) implements Serializable {

    static CustomerSummary of(UserAccount a) {
        return new CustomerSummary(a.getId(), a.getEmail().value(), a.getDisplayName(), a.getStatus().name(), a.isEmailVerified(),
                a.isErased(), a.getCreatedAt(), a.getLastLoginAt());
    }
}
