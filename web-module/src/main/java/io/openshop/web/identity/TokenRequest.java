package io.openshop.web.identity;

/**
 * What an API client sends to get a token: its account's email and password, and the current
 * one-time code ({@code totp}) when the account has two-factor sign-in (every administrator).
 */
public record TokenRequest(String email, String password, String totp) {
}
