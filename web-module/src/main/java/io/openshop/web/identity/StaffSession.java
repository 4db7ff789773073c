package io.openshop.web.identity;

import io.openshop.service.identity.AccountProfile;
import io.openshop.service.identity.IdentityService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is signed in to the back office (read through the staff-only boundary). */
@Named
@RequestScoped
public class StaffSession {

    @Inject
    IdentityService identity;

    private AccountProfile profile;

    public AccountProfile getProfile() {
        if (profile == null) {
            profile = identity.staffProfile();
        }
        return profile;
    }
}
