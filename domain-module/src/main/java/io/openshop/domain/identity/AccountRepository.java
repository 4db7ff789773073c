package io.openshop.domain.identity;

import java.time.Instant;
import java.util.Optional;

/** Where accounts and the login attempts made against them are kept. */
public interface AccountRepository {

    Optional<UserAccount> byEmail(EmailAddress email);

    /** The same, with the row locked until the transaction ends, so that concurrent logins count exactly. */
    Optional<UserAccount> byEmailForUpdate(EmailAddress email);

    boolean anyWithRole(String role);

    void add(UserAccount account);

    void recordAttempt(String email, String remoteAddress, boolean succeeded);

    /** Failed attempts from one address since a point in time. */
    long failuresFrom(String remoteAddress, Instant since);
}
