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
 * hashes, throttling, audit). The caller's groups are its role names.
 */
@ApplicationScoped
public class ShopIdentityStore implements IdentityStore {

    @Inject
    IdentityService identity;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = identity.signIn(given.getCaller(), given.getPasswordAsString(), request.getRemoteAddr());
        return result.valid() ? new CredentialValidationResult(result.email(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
