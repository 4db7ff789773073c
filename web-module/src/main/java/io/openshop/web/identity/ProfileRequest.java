package io.openshop.web.identity;

/** A change to the caller's profile: only the name; anything else sent along is not read. */
public record ProfileRequest(String name) {
}
