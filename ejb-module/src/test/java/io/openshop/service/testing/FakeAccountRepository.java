package io.openshop.service.testing;

import io.openshop.domain.identity.AccountRepository;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Accounts in a list, and every sign-in attempt with its address and time. Only hashes of tokens
 * are stored, and the account holds them: the token look-ups ask each account, as the database's
 * indexed columns would (an unverified account is the candidate for an email token; the account
 * then checks the token itself).
 */
public final class FakeAccountRepository implements AccountRepository {

    public record Attempt(String email, String remoteAddress, boolean succeeded, Instant at) {
    }

    public final List<UserAccount> accounts = new ArrayList<>();
    public final List<Attempt> attempts = new ArrayList<>();
    private long ids;

    public UserAccount account(String email) {
        return byEmail(EmailAddress.of(email)).orElseThrow();
    }

    @Override
    public Optional<UserAccount> byEmail(EmailAddress email) {
        return accounts.stream().filter(a -> a.getEmail().equals(email)).findFirst();
    }

    @Override
    public Optional<UserAccount> byEmailForUpdate(EmailAddress email) {
        return byEmail(email);
    }

    @Override
    public boolean anyWithRole(String role) {
        return accounts.stream().anyMatch(a -> a.getRoles().contains(role));
    }

    @Override
    public Optional<UserAccount> byLoginTicketForUpdate(String ticketHash) {
        return accounts.stream().filter(a -> a.holdsTicket(ticketHash, Instant.now())).findFirst();
    }

    @Override
    public Optional<UserAccount> byResetTokenForUpdate(String tokenHash) {
        return accounts.stream().filter(a -> a.holdsResetToken(tokenHash, Instant.now())).findFirst();
    }

    @Override
    public Optional<UserAccount> byEmailTokenForUpdate(String tokenHash) {
        return accounts.stream().filter(a -> !a.isEmailVerified()).findFirst();
    }

    @Override
    public Optional<UserAccount> byId(long id) {
        return accounts.stream().filter(a -> Objects.equals(a.getId(), id)).findFirst();
    }

    @Override
    public Page<UserAccount> customers(String emailPrefix, io.openshop.domain.shared.Sort<io.openshop.domain.identity.CustomerColumn> sort,
                                       PageRequest page) { // in the order added, whatever the sort
        String prefix = emailPrefix == null ? "" : emailPrefix.strip().toLowerCase(Locale.ROOT);
        List<UserAccount> found = accounts.stream().filter(a -> !a.isStaff() && a.getEmail().value().startsWith(prefix)).toList();
        return new Page<>(found.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(), found.size());
    }

    @Override
    public List<UserAccount> staff() {
        return accounts.stream().filter(UserAccount::isStaff).toList();
    }

    @Override
    public long activeWithRole(String role) {
        return accounts.stream().filter(a -> a.isActive() && a.getRoles().contains(role)).count();
    }

    @Override
    public void lockStaffChanges() {
    }

    @Override
    public void add(UserAccount account) {
        accounts.add(Ids.assign(account, ++ids));
    }

    @Override
    public void recordAttempt(String email, String remoteAddress, boolean succeeded) {
        attempts.add(new Attempt(email, remoteAddress, succeeded, Instant.now()));
    }

    @Override
    public long failuresFrom(String remoteAddress, Instant since) {
        return attempts.stream().filter(a -> !a.succeeded() && a.remoteAddress().equals(remoteAddress) && !a.at().isBefore(since)).count();
    }
}
