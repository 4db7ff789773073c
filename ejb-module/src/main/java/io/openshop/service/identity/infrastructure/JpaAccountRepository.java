package io.openshop.service.identity.infrastructure;

import io.openshop.domain.identity.AccountRepository;
import io.openshop.domain.identity.EmailAddress;
import io.openshop.domain.identity.EmailTakenException;
import io.openshop.domain.identity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Accounts and login attempts in PostgreSQL. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

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
