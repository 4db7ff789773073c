package io.openshop.service.identity;

import java.util.Set;

/**
 * The answer to a sign-in attempt: the caller's email and roles when the password was right,
 * otherwise only that it failed (never why, so that nobody learns which accounts exist).
 */
public record SignInResult(boolean valid, String email, Set<String> roles) {

    static SignInResult refused() {
        return new SignInResult(false, null, Set.of());
    }

    static SignInResult of(String email, Set<String> roles) {
        return new SignInResult(true, email, Set.copyOf(roles));
    }
}
