package io.openshop.web.identity;

import io.openshop.service.identity.AccountProfile;
import io.openshop.service.identity.IdentityService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in customer's own account page. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    IdentityService identity;

    private AccountProfile profile;

    public AccountProfile getProfile() {
        if (profile == null) {
            profile = identity.myProfile();
        }
        return profile;
    }
}
