package io.openshop.web.identity;

/** What an API client sends to get a token: its account's email and password. */
public record TokenRequest(String email, String password) {
}
