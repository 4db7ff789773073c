package io.openshop.service.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.openshop.domain.identity.AccountRepository;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.NotAuthenticatedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Bearer tokens for API clients, so that passwords are sent once, not with every request:
 * JWTs with MicroProfile JWT's claims ({@code iss}, {@code sub}, {@code upn}, {@code groups},
 * {@code iat}, {@code exp}, {@code jti}), signed with HMAC-SHA256 by nimbus-jose-jwt. The key is
 * {@code shop.jwt.secret} (a Payara password alias in the shop's domain), never in code; without
 * one no token is issued or accepted. Each token carries the account's token generation
 * ({@code gen}); a token of an older generation (the account signed out, its roles changed, it
 * was disabled or erased) is refused, checked against the database on every request.
 */
@Stateless
@PermitAll
public class ApiTokenService {

    static final String ISSUER = "openshop";
    static final String AUDIENCE = "openshop-api";
    private static final int MIN_SECRET_BYTES = 32;

    @EJB
    IdentityService identity;

    static final String GENERATION = "gen";

    @Inject
    AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "shop.jwt.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "shop.jwt.lifetime-minutes", defaultValue = "15")
    int lifetimeMinutes;

    /**
     * Checks email and password as a sign-in does (throttled, audited), and the one-time code for
     * accounts with two-factor sign-in, and issues a token. An administrator without two-factor
     * sign-in gets no token: they enrol in the back office first. Runs outside a transaction, so
     * that each step of the sign-in commits its failure counts and audit entries even when the
     * refusal below is thrown (a business exception rolls back the transaction it ends).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ApiToken issue(String email, String password, String totp, String remoteAddress) {
        SignInResult first = identity.signIn(email, password, remoteAddress);
        if (!first.valid()) {
            throw new NotAuthenticatedException("That email and password do not match an account, or the account is locked for a while");
        }
        if (first.mustEnrolTwoFactor()) {
            identity.completeSignIn(first.ticket(), null, remoteAddress, true); // refused and audited
            throw new NotAuthenticatedException("Administrators sign in with a one-time code: set up two-factor sign-in in the back office"
                    + " (/admin/two-factor.xhtml) first");
        }
        if (first.secondFactorRequired() && (totp == null || totp.isBlank())) {
            throw new NotAuthenticatedException("This account signs in with a one-time code as well: send it as 'totp'");
        }
        SignInResult result = identity.completeSignIn(first.ticket(), totp, remoteAddress, true);
        if (!result.valid()) {
            throw new NotAuthenticatedException("That one-time code is wrong or was already used, or the account is locked for a while");
        }
        long generation = accounts.byEmail(EmailAddress.of(result.email())).orElseThrow().getTokenGeneration();
        Instant now = Instant.now();
        Instant expires = now.plus(Duration.ofMinutes(lifetimeMinutes));
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE).subject(result.email()).claim("upn", result.email())
                .claim("groups", List.copyOf(result.roles())).claim(GENERATION, generation).issueTime(Date.from(now)).expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing an API token failed", e);
        }
        return new ApiToken(jwt.serialize(), expires);
    }

    /** The caller a token names, when it is ours, untampered, not expired and its account still active; empty otherwise. */
    public Optional<SignInResult> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            JWSVerifier verifier = new MACVerifier(key());
            if (!jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer()) || claims.getAudience() == null || !claims.getAudience().contains(AUDIENCE)
                    || expires == null || !expires.toInstant().isAfter(Instant.now()) || claims.getSubject() == null) {
                return Optional.empty();
            }
            List<String> groups = claims.getStringListClaim("groups");
            Long generation = claims.getLongClaim(GENERATION);
            // a token outlives nothing of its account: disabled (or erased) accounts' tokens open
            // nothing, and a role revoked since the token was issued is gone from it too
            Optional<UserAccount> account = accounts.byEmail(EmailAddress.of(claims.getSubject())).filter(UserAccount::isActive)
                    // a password reset ends every token issued before it (to the second, as iat has whole seconds)
                    .filter(a -> !a.signedInBeforeCredentialsChanged(claims.getIssueTime() == null ? null
                            : claims.getIssueTime().toInstant()))
                    // revoked: signed out, role or password changed, account disabled or erased
                    .filter(a -> generation != null && a.acceptsTokenOf(generation));
            if (account.isEmpty()) {
                return Optional.empty();
            }
            Set<String> roles = new HashSet<>(groups == null ? Set.of() : groups);
            roles.retainAll(account.get().getRoles());
            return Optional.of(SignInResult.of(account.get().getEmail().value(), roles));
        } catch (ParseException | JOSEException | IllegalStateException | DomainException e) {
            return Optional.empty();
        }
    }

    private byte[] key() {
        byte[] key = secret.map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
        if (key.length < MIN_SECRET_BYTES || secret.get().startsWith("${")) {
            throw new IllegalStateException("shop.jwt.secret is not configured (at least " + MIN_SECRET_BYTES + " bytes)");
        }
        return key;
    }
}
