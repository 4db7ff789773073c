package io.openshop.service.identity;

import io.openshop.domain.identity.AccountKind;
import io.openshop.domain.mail.MailRepository;
import io.openshop.domain.identity.AccountRepository;
import io.openshop.domain.identity.AddressBook;
import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.review.ReviewRepository;
import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderRepository;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.service.identity.infrastructure.StoredCiphertexts;
import io.openshop.service.order.OrderView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A customer's rights over their data: an export of everything the shop keeps about them, and
 * erasure, which anonymises the account, removes the address book and strips names, addresses
 * and email from their orders while the orders keep their lines, totals and tax. Both are
 * audited. Staff with ADMIN can erase a customer on request (no UI; an operator's call).
 */
@Stateless
public class PersonalDataService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountRepository accounts;

    @Inject
    AddressBook book;

    @Inject
    ReviewRepository reviews;

    @Inject
    OrderRepository orders;

    @Inject
    MailRepository mails;

    @Inject
    AuditTrail audit;

    @Inject
    PasswordHasher hasher;

    @Inject
    StoredCiphertexts ciphertexts;

    @Inject
    CurrentAccount current;

    /** The signed-in customer's data: profile, addresses and orders with lines and totals. */
    @RolesAllowed(Roles.CUSTOMER)
    public PersonalDataExport exportMine(String remoteAddress) {
        UserAccount me = current.getForUpdate();
        return export(me, me.getEmail().value(), remoteAddress);
    }

    /** A customer's data, exported by staff on the customer's request (audited with the member of staff as actor). */
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    public PersonalDataExport exportCustomer(long customerId, String remoteAddress) {
        UserAccount customer = accounts.byId(customerId).filter(a -> a.getKind() == AccountKind.CUSTOMER)
                .orElseThrow(() -> new NotFoundException("Customer", customerId));
        return export(customer, current.name(), remoteAddress);
    }

    private PersonalDataExport export(UserAccount me, String actor, String remoteAddress) {
        String email = me.getEmail().value();
        PersonalDataExport export = new PersonalDataExport(Instant.now(),
                new PersonalDataExport.Profile(email, me.getDisplayName(), me.getStatus().name(), me.isEmailVerified(),
                        me.getCreatedAt(), me.getLastLoginAt()),
                book.of(me.getId()).stream().map(AddressView::of).toList(),
                ordersOf(me).stream().map(o -> OrderView.of(o, false)).toList(),
                reviews.writtenBy(me.getId()).stream().map(e -> new PersonalDataExport.WrittenReview(e.productSlug(), e.productName(),
                        e.review().getRating(), e.review().getTitle(), e.review().getBody(), e.review().getStatus().name(),
                        e.review().getCreatedAt())).toList());
        audit.record(new AuditEntry(actor, AuditAction.DATA_EXPORTED, email, null,
                Map.of("addresses", Integer.toString(export.addresses().size()), "orders", Integer.toString(export.orders().size()),
                        "reviews", Integer.toString(export.reviews().size())),
                clip(remoteAddress)));
        return export;
    }

    /** The signed-in customer erases their own data; the password is asked again. */
    @RolesAllowed(Roles.CUSTOMER)
    public void eraseMine(String password, String remoteAddress) {
        UserAccount me = current.getForUpdate();
        if (password == null || !hasher.verify(password, me.getPasswordHash())) {
            throw new InvalidInputException("password", "is not the password of this account");
        }
        erase(me, me.getEmail().value(), remoteAddress);
    }

    /** An administrator erases a customer's data on the customer's request. */
    @RolesAllowed(Roles.ADMIN)
    public void eraseCustomer(String customerEmail, String remoteAddress) {
        UserAccount customer = accounts.byEmailForUpdate(EmailAddress.of(customerEmail))
                .filter(a -> a.getKind() == AccountKind.CUSTOMER)
                .orElseThrow(() -> new NotFoundException("Customer", customerEmail));
        erase(customer, current.name(), remoteAddress);
    }

    /**
     * Re-encrypts up to {@code max} rows of personal data that are not under the current key
     * (after a key rotation, or rows from before encryption); one transaction per call. Returns
     * how many rows were rewritten: call again until it answers 0, then the old key can go.
     */
    @RolesAllowed(Roles.ADMIN)
    public int reencryptBatch(int max, String remoteAddress) {
        if (max < 1 || max > 10_000) {
            throw new InvalidInputException("batchSize", "must be 1 to 10000");
        }
        int rewritten = ciphertexts.reencryptBatch(max);
        if (rewritten > 0) {
            audit.record(new AuditEntry(current.name(), AuditAction.DATA_REENCRYPTED, null, null,
                    Map.of("rows", Integer.toString(rewritten)), clip(remoteAddress)));
        }
        return rewritten;
    }

    private void erase(UserAccount account, String actor, String remoteAddress) {
        String email = account.getEmail().value();
        List<Order> theirs = ordersOf(account);
        String placeholder = UserAccount.erasedEmail(account.getId());
        theirs.forEach(o -> o.eraseCustomerData(new EmailAddress(placeholder)));
        // emails to them are theirs as much as their orders (same rule: a verified address only)
        int mailsErased = account.isEmailVerified() ? mails.eraseRecipient(email, placeholder) : 0;
        int addresses = book.removeAllOf(account.getId());
        // A review is the customer's own words: it goes, and the product's average (computed on read) with it.
        int written = reviews.removeAllOf(account.getId());
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        account.erase(hasher.hash(Base64.getEncoder().encodeToString(secret)));
        // The audit log keeps who was erased and when (it is append-only); it never held their address.
        audit.record(new AuditEntry(actor, AuditAction.DATA_ERASED, placeholder, Map.of("email", email),
                Map.of("email", placeholder, "orders", Integer.toString(theirs.size()), "addresses", Integer.toString(addresses),
                        "reviews", Integer.toString(written), "emails", Integer.toString(mailsErased),
                        "status", account.getStatus().name()), clip(remoteAddress)));
    }

    /**
     * Orders are tied to an account only by the email they were placed with, and guests order
     * without an account: only an account whose email is verified may see or erase them, or
     * anyone could sign up with someone else's address and read (or blank) that person's orders.
     */
    private List<Order> ordersOf(UserAccount account) {
        return account.isEmailVerified() ? orders.byEmail(account.getEmail().value()) : List.of();
    }


    private static String clip(String value) {
        return value == null || value.length() <= 64 ? value : value.substring(0, 64);
    }
}
