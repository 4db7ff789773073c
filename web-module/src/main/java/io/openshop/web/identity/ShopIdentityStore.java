package io.openshop.web.identity;

import io.openshop.service.identity.IdentityService;
import io.openshop.service.identity.SignInResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The shop's identity store: accounts in PostgreSQL, checked by {@link IdentityService} (PBKDF2
 * hashes, one-time codes, throttling, audit). The caller's groups are its role names.
 * {@link LoginPage} checks the password first and authenticates with a {@link SecondStepCredential};
 * a plain email and password (sign-up) works only for accounts without two-factor sign-in.
 */
@ApplicationScoped
public class ShopIdentityStore implements IdentityStore {

    @Inject
    IdentityService identity;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof SecondStepCredential second) {
            return answer(identity.completeSignIn(second.ticket(), second.code(), request.getRemoteAddr(), false));
        }
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult first = identity.signIn(given.getCaller(), given.getPasswordAsString(), request.getRemoteAddr());
        if (!first.valid() || first.secondFactorRequired()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return answer(identity.completeSignIn(first.ticket(), null, request.getRemoteAddr(), false));
    }

    private static CredentialValidationResult answer(SignInResult result) {
        return result.valid() ? new CredentialValidationResult(result.email(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
