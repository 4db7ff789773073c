package io.openshop.service.identity;

import java.util.Set;

/**
 * The answer to a step of a sign-in: the caller's email and roles when it worked, otherwise only
 * that it failed (never why, so that nobody learns which accounts exist). A right password
 * earns a {@code ticket} for the second step ({@link IdentityService#completeSignIn}), which asks
 * for a one-time code when {@code secondFactorRequired}; {@code mustEnrolTwoFactor} says that the
 * account is an administrator's without two-factor sign-in yet.
 */
public record SignInResult(boolean valid, String email, Set<String> roles, String ticket,
                           boolean secondFactorRequired, boolean mustEnrolTwoFactor) {

    static SignInResult refused() {
        return new SignInResult(false, null, Set.of(), null, false, false);
    }

    static SignInResult of(String email, Set<String> roles) {
        return new SignInResult(true, email, Set.copyOf(roles), null, false, false);
    }

    static SignInResult signedIn(String email, Set<String> roles, boolean mustEnrolTwoFactor) {
        return new SignInResult(true, email, Set.copyOf(roles), null, false, mustEnrolTwoFactor);
    }

    static SignInResult passwordAccepted(String email, String ticket, boolean secondFactorRequired, boolean mustEnrolTwoFactor) {
        return new SignInResult(true, email, Set.of(), ticket, secondFactorRequired, mustEnrolTwoFactor);
    }
}
