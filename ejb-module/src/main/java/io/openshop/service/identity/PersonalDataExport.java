package io.openshop.service.identity;

import io.openshop.service.order.OrderView;

import java.time.Instant;
import java.util.List;

/** Everything the shop keeps about one customer, for a data export (GDPR art. 15 and 20). */
public record PersonalDataExport(Instant exportedAt, Profile profile, List<AddressView> addresses, List<OrderView> orders,
                                 List<WrittenReview> reviews) {

    /** A product review the customer wrote, in any status. */
    public record WrittenReview(String productSlug, String productName, int rating, String title, String body, String status,
                                Instant createdAt) {
    }

    public record Profile(String email, String displayName, String status, boolean emailVerified, Instant createdAt,
                          Instant lastLoginAt) {
    }
}
