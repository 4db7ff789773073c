package io.openshop.domain.identity;

/**
 * What an administrator may not do to staff accounts, so that the shop never loses its last
 * administrator: nobody takes ADMIN from themselves or disables themselves, and the last active
 * ADMIN keeps both the role and the account.
 */
public final class StaffRules {

    private StaffRules() {
    }

    /**
     * Refuses taking {@code role} from {@code target} when the actor is the target and the role
     * is ADMIN, or when the target is the last active ADMIN.
     */
    public static void checkRevoke(String actorEmail, UserAccount target, String role, long activeAdmins) {
        if (!Roles.ADMIN.equals(role) || !target.getRoles().contains(Roles.ADMIN)) {
            return;
        }
        if (target.getEmail().value().equalsIgnoreCase(actorEmail)) {
            throw new StaffChangeRefusedException("You cannot take the ADMIN role from yourself; ask another administrator");
        }
        if (target.isActive() && activeAdmins <= 1) {
            throw new StaffChangeRefusedException("The last active administrator keeps the ADMIN role");
        }
    }

    /** Refuses disabling oneself, and disabling the last active ADMIN. */
    public static void checkDisable(String actorEmail, UserAccount target, long activeAdmins) {
        if (target.getEmail().value().equalsIgnoreCase(actorEmail)) {
            throw new StaffChangeRefusedException("You cannot disable your own account; ask another administrator");
        }
        if (target.isActive() && target.getRoles().contains(Roles.ADMIN) && activeAdmins <= 1) {
            throw new StaffChangeRefusedException("The last active administrator cannot be disabled");
        }
    }
}
