package io.openshop.web.identity;

/** Erasure asks for the account's password again. */
public record EraseRequest(String password) {
}
