package io.openshop.service.identity;

import io.openshop.domain.identity.AccountRepository;
import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.identity.PasswordPolicy;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.shared.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Creates the first administrator on first start from {@code shop.admin.email} and
 * {@code shop.admin.password} (the shop script puts a generated password in a Payara password
 * alias; no password is written in code). Runs once: when any ADMIN exists, or the email is
 * taken, nothing is created or changed.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    private static final long LOCK_KEY = 0x5_0000_0020L;

    @Inject
    @ConfigProperty(name = "shop.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "shop.admin.password")
    Optional<String> password;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    PasswordHasher hasher;

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void createOnFirstStart() {
        String address = email.map(String::strip).orElse("");
        String secret = password.orElse("");
        if (address.isEmpty() || secret.isEmpty()) {
            LOG.info("No shop.admin.email and shop.admin.password configured: no first administrator created");
            return;
        }
        if (secret.startsWith("${")) {
            LOG.severe("shop.admin.password holds an unresolved reference (" + secret.substring(0, Math.min(secret.length(), 8))
                    + "...): check the password alias; no first administrator created");
            return;
        }
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        if (accounts.anyWithRole(Roles.ADMIN)) {
            return;
        }
        try {
            EmailAddress admin = EmailAddress.of(address);
            if (accounts.byEmail(admin).isPresent()) {
                LOG.warning("shop.admin.email " + admin + " already has an account; it is left as it is");
                return;
            }
            PasswordPolicy.standard().check(secret, admin);
            accounts.add(UserAccount.staff(admin, "Administrator", hasher.hash(secret), Set.of(Roles.ADMIN), Instant.now()));
            audit.record(new AuditEntry("system", AuditAction.ACCOUNT_CREATED, admin.value(), null,
                    Map.of("kind", "STAFF", "roles", Roles.ADMIN), null));
            LOG.info("First administrator " + admin + " created from configuration");
        } catch (DomainException e) {
            LOG.severe("The configured first administrator was not created: " + e.getMessage());
        }
    }
}
