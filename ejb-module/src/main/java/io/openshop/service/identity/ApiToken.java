package io.openshop.service.identity;

import java.time.Instant;

/** A bearer token for API clients and when it stops being valid. */
public record ApiToken(String token, Instant expiresAt) {
}
