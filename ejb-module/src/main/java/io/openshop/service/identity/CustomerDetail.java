package io.openshop.service.identity;

import io.openshop.domain.audit.AuditRecord;
import io.openshop.domain.order.OrderSummary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One customer for the support desk: the account, its address book, its orders (placed signed in,
 * or as a guest with the verified email; newest {@value CustomerDeskService#SHOWN} of each list),
 * the reviews it wrote and its audit trail.
 */
public record CustomerDetail(CustomerSummary customer, List<AddressView> addresses, List<OrderSummary> orders,
                             List<Review> reviews, List<AuditRecord> audit) implements Serializable {

    /** A review the customer wrote, with its product. */
    public record Review(String productSlug, String productName, int rating, String title, String status, Instant createdAt)
            implements Serializable {
    }

    public CustomerDetail {
        addresses = List.copyOf(addresses);
        orders = List.copyOf(orders);
        reviews = List.copyOf(reviews);
        audit = List.copyOf(audit);
    }
}
