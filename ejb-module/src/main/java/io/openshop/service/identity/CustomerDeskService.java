package io.openshop.service.identity;

import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditColumn;
import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditQuery;
import io.openshop.domain.audit.AuditRecord;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.identity.AccountKind;
import io.openshop.domain.identity.AccountRepository;
import io.openshop.domain.identity.AddressBook;
import io.openshop.domain.identity.CustomerColumn;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.identity.UserAccount;
import io.openshop.domain.order.OrderRepository;
import io.openshop.domain.order.OrderSummary;
import io.openshop.domain.review.ReviewRepository;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The customer desk of the back office, for support and administrators: find a customer by
 * email, see their profile, addresses, orders, reviews and audit trail, and close an abused
 * account or open it again (audited). Exporting and erasing their data on request are
 * {@link PersonalDataService}'s.
 */
@Stateless
@RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
public class CustomerDeskService {

    static final int SHOWN = 50;

    @Inject
    AccountRepository accounts;

    @Inject
    AddressBook book;

    @Inject
    OrderRepository orders;

    @Inject
    ReviewRepository reviews;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentAccount current;

    /** Customers whose email starts with {@code emailPrefix} (all when blank), in the order asked (newest first by default). */
    public Page<CustomerSummary> search(String emailPrefix, Sort<CustomerColumn> sort, PageRequest page) {
        return accounts.customers(emailPrefix, sort, page).map(CustomerSummary::of);
    }

    public CustomerDetail customer(long id) {
        UserAccount customer = existing(id);
        String email = customer.getEmail().value();
        List<OrderSummary> orderList = orders.ofAccount(customer.getId(), email, customer.isEmailVerified()).stream().limit(SHOWN).map(o -> new OrderSummary(o.getNumber(), o.getPlacedAt(), o.getEmail().value(), o.getStatus(),
                        o.getGrandTotal())).toList();
        List<CustomerDetail.Review> written = reviews.writtenBy(customer.getId()).stream().limit(SHOWN)
                .map(e -> new CustomerDetail.Review(e.productSlug(), e.productName(), e.review().getRating(), e.review().getTitle(),
                        e.review().getStatus().name(), e.review().getCreatedAt())).toList();
        List<AuditRecord> trail = new ArrayList<>(audit.find(AuditQuery.of(null, null, email, null, null), AuditColumn.DEFAULT, new PageRequest(0, SHOWN)).items());
        audit.find(AuditQuery.of(email, null, null, null, null), AuditColumn.DEFAULT, new PageRequest(0, SHOWN)).items().stream()
                .filter(r -> trail.stream().noneMatch(t -> t.getId() == r.getId())).forEach(trail::add);
        trail.sort(Comparator.comparingLong(AuditRecord::getId).reversed());
        return new CustomerDetail(CustomerSummary.of(customer), book.of(customer.getId()).stream().map(AddressView::of).toList(),
                orderList, written, trail.stream().limit(SHOWN).toList());
    }

    /** Closes a customer's account: no more sign-ins, its tokens stop working (audited). */
    public CustomerSummary disable(long id, String remoteAddress) {
        UserAccount customer = existingForUpdate(id);
        if (customer.disable()) {
            record(AuditAction.ACCOUNT_DISABLED, customer, "ACTIVE", remoteAddress);
        }
        return CustomerSummary.of(customer);
    }

    /** Opens a closed customer account again; an erased one stays closed (audited). */
    public CustomerSummary enable(long id, String remoteAddress) {
        UserAccount customer = existingForUpdate(id);
        if (customer.enable()) {
            record(AuditAction.ACCOUNT_ENABLED, customer, "DISABLED", remoteAddress);
        }
        return CustomerSummary.of(customer);
    }

    private void record(AuditAction action, UserAccount customer, String before, String remoteAddress) {
        audit.record(new AuditEntry(current.name(), action, customer.getEmail().value(), Map.of("status", before),
                Map.of("status", customer.getStatus().name()), remoteAddress == null || remoteAddress.length() <= 64
                ? remoteAddress : remoteAddress.substring(0, 64)));
    }

    private UserAccount existing(long id) {
        return accounts.byId(id).filter(a -> a.getKind() == AccountKind.CUSTOMER)
                .orElseThrow(() -> new NotFoundException("Customer", id));
    }

    private UserAccount existingForUpdate(long id) {
        UserAccount customer = existing(id);
        return accounts.byEmailForUpdate(customer.getEmail()).orElseThrow(() -> new NotFoundException("Customer", id));
    }
}
