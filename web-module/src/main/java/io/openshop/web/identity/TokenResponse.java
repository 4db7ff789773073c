package io.openshop.web.identity;

import java.time.Instant;

/** A bearer token for the API (a MicroProfile JWT) and when it expires. */
public record TokenResponse(String token, String tokenType, Instant expiresAt) {
}
