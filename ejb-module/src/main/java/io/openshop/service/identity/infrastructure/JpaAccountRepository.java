package io.openshop.service.identity.infrastructure;

import io.openshop.domain.identity.AccountRepository;
import io.openshop.domain.identity.CustomerColumn;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.identity.EmailTakenException;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import io.openshop.service.platform.infrastructure.EntityPages;
import io.openshop.service.platform.infrastructure.GridOrder;
import io.openshop.service.platform.infrastructure.GridTotals;
import io.openshop.service.platform.infrastructure.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Accounts and login attempts in PostgreSQL. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    /** The advisory lock that serialises staff changes (distinct from the first admin's). */
    private static final long STAFF_CHANGES_LOCK = 0x5_0000_0045L;

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public Optional<UserAccount> byEmail(EmailAddress email) {
        return em.createQuery("select a from UserAccount a where lower(a.email) = :email", UserAccount.class)
                .setParameter("email", email.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> byEmailForUpdate(EmailAddress email) {
        return em.createQuery("select a from UserAccount a where lower(a.email) = :email", UserAccount.class)
                .setParameter("email", email.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public boolean anyWithRole(String role) {
        return em.createQuery("select count(a) from UserAccount a join a.roles r where r = :role", Long.class)
                .setParameter("role", role).getSingleResult() > 0;
    }

    @Override
    public Optional<UserAccount> byLoginTicketForUpdate(String ticketHash) {
        return em.createQuery("select a from UserAccount a where a.loginTicket.hash = :hash", UserAccount.class)
                .setParameter("hash", ticketHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> byResetTokenForUpdate(String tokenHash) {
        return em.createQuery("select a from UserAccount a where a.resetToken.hash = :hash", UserAccount.class)
                .setParameter("hash", tokenHash).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> byEmailTokenForUpdate(String tokenHash) {
        return em.createQuery("select a from UserAccount a where a.emailToken.hash = :hash", UserAccount.class)
                .setParameter("hash", tokenHash).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Page<UserAccount> customers(String emailPrefix, Sort<CustomerColumn> sort, PageRequest page) {
        String prefix = emailPrefix == null ? "" : emailPrefix.strip().toLowerCase(Locale.ROOT);
        String where = " where kind = 'CUSTOMER'" + (prefix.isEmpty() ? "" : " and lower(email) like ?1 escape '\\'");
        Query ids = em.createNativeQuery("select id from app_user" + where + " order by " + order(sort == null ? CustomerColumn.DEFAULT : sort).terms()
                + " offset " + page.offset() + " limit " + page.size());
        long total;
        if (prefix.isEmpty()) { // the whole table's estimate: staff accounts are a handful beside the customers
            total = GridTotals.total(em, "app_user", "", List.of());
        } else {
            String pattern = SqlValues.likeEscaped(prefix) + "%";
            ids.setParameter(1, pattern);
            total = GridTotals.total(em, "app_user", where, List.of(pattern));
        }
        return EntityPages.read(em, ids, "select a from UserAccount a where a.id in :ids", UserAccount.class, UserAccount::getId, page, total);
    }

    /** Each sortable column and the index that serves it: email's unique one, V065's name index, the primary key. */
    private static GridOrder order(Sort<CustomerColumn> sort) {
        return switch (sort.column()) {
            case EMAIL -> GridOrder.of(sort, "lower(email)", true);
            case NAME -> GridOrder.of(sort, "lower(display_name)", false);
            case SINCE -> GridOrder.of(sort, "id", true); // accounts are numbered as they are created
        };
    }

    @Override
    public List<UserAccount> staff() {
        return em.createQuery("select a from UserAccount a where a.kind = io.openshop.domain.identity.AccountKind.STAFF"
                + " order by lower(a.email)", UserAccount.class).getResultList();
    }

    @Override
    public long activeWithRole(String role) {
        return em.createQuery("select count(a) from UserAccount a join a.roles r where r = :role"
                        + " and a.status = io.openshop.domain.identity.AccountStatus.ACTIVE", Long.class)
                .setParameter("role", role).getSingleResult();
    }

    @Override
    public void lockStaffChanges() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, STAFF_CHANGES_LOCK).getSingleResult();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
        try {
            em.flush(); // the unique index on lower(email) decides a race between two sign-ups
        } catch (PersistenceException e) {
            throw new EmailTakenException();
        }
    }

    @Override
    public void recordAttempt(String email, String remoteAddress, boolean succeeded) {
        em.createNativeQuery("insert into login_attempt (email, remote_address, succeeded) values (?1, ?2, ?3)")
                .setParameter(1, email == null ? "" : email)
                .setParameter(2, remoteAddress)
                .setParameter(3, succeeded)
                .executeUpdate();
    }

    @Override
    public long failuresFrom(String remoteAddress, Instant since) {
        return ((Number) em.createNativeQuery("select count(*) from login_attempt"
                        + " where remote_address = ?1 and not succeeded and at >= ?2")
                .setParameter(1, remoteAddress)
                .setParameter(2, Timestamp.from(since))
                .getSingleResult()).longValue();
    }
}
