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
import io.openshop.domain.identity.EmailAddress;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotAuthenticatedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
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

    static final String GENERATION = "gen";

    @EJB
    IdentityService identity;

    @Inject
    AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "shop.jwt.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "shop.jwt.lifetime-minutes", defaultValue = "15")
    int lifetimeMinutes;

    /** Checks email and password as a sign-in does (throttled, audited) and issues a token. */
    public ApiToken issue(String email, String password, String remoteAddress) {
        SignInResult result = identity.signIn(email, password, remoteAddress);
        if (!result.valid()) {
            throw new NotAuthenticatedException("That email and password do not match an account, or the account is locked for a while");
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

    /** The caller a token names, when it is ours, untampered and not expired; empty otherwise. */
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
            Long generation = claims.getLongClaim(GENERATION);
            if (generation == null || !accounts.byEmail(EmailAddress.of(claims.getSubject()))
                    .map(account -> account.acceptsTokenOf(generation)).orElse(false)) {
                return Optional.empty(); // revoked: signed out, role or password changed, account disabled or erased
            }
            List<String> groups = claims.getStringListClaim("groups");
            return Optional.of(SignInResult.of(claims.getSubject(), groups == null ? Set.of() : Set.copyOf(groups)));
        } catch (ParseException | JOSEException | IllegalStateException | InvalidInputException e) {
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
