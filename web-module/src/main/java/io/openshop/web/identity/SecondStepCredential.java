package io.openshop.web.identity;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a sign-in, handed to {@link ShopIdentityStore}: the ticket the right
 * password earned and, for two-factor accounts, the one-time code. It never holds the password.
 */
public final class SecondStepCredential implements Credential {

    private final String ticket;
    private final String code;

    public SecondStepCredential(String ticket, String code) {
        this.ticket = ticket;
        this.code = code;
    }

    public String ticket() {
        return ticket;
    }

    public String code() {
        return code;
    }

    @Override
    public void clear() {
        // nothing secret beyond a single-use ticket that the store consumes
    }
}
