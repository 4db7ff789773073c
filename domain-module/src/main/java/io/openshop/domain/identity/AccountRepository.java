package io.openshop.domain.identity;

import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import io.openshop.domain.shared.EmailAddress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where accounts and the login attempts made against them are kept. */
public interface AccountRepository {

    Optional<UserAccount> byEmail(EmailAddress email);

    /** The same, with the row locked until the transaction ends, so that concurrent logins count exactly. */
    Optional<UserAccount> byEmailForUpdate(EmailAddress email);

    boolean anyWithRole(String role);

    /** The account awaiting the second step of a sign-in with this ticket hash, locked until the transaction ends. */
    Optional<UserAccount> byLoginTicketForUpdate(String ticketHash);

    /** The account whose outstanding password-reset token has this hash, locked until the transaction ends. */
    Optional<UserAccount> byResetTokenForUpdate(String tokenHash);

    /** The account whose outstanding email-verification token has this hash, locked until the transaction ends. */
    Optional<UserAccount> byEmailTokenForUpdate(String tokenHash);

    Optional<UserAccount> byId(long id);

    /** Every staff account, by email. */
    List<UserAccount> staff();

    /** How many active accounts hold a role. */
    long activeWithRole(String role);

    /**
     * Serialises changes to staff roles and states until the transaction ends, so that two
     * administrators removing each other at once cannot leave the shop without one.
     */
    void lockStaffChanges();

    /**
     * Customer accounts whose email starts with {@code emailPrefix} (any case; all when blank),
     * in the order asked. The total is exact for a prefix; without one it is PostgreSQL's estimate of
     * the accounts, so that paging through every customer never counts them all.
     */
    Page<UserAccount> customers(String emailPrefix, Sort<CustomerColumn> sort, PageRequest page);

    void add(UserAccount account);

    void recordAttempt(String email, String remoteAddress, boolean succeeded);

    /** Failed attempts from one address since a point in time. */
    long failuresFrom(String remoteAddress, Instant since);
}
