package io.openshop.web.identity;

import io.openshop.service.identity.PersonalDataExport;
import io.openshop.web.order.OrderResponse;

import java.time.Instant;
import java.util.List;

/** A customer's data export: profile, address book, orders with their lines and totals, and the reviews they wrote. */
public record ExportResponse(Instant exportedAt, Profile profile, List<AddressResponse> addresses, List<OrderResponse> orders,
                             List<PersonalDataExport.WrittenReview> reviews) {

    public record Profile(String email, String displayName, String status, boolean emailVerified, Instant createdAt,
                          Instant lastLoginAt) {
    }

    public static ExportResponse of(PersonalDataExport e) {
        PersonalDataExport.Profile p = e.profile();
        return new ExportResponse(e.exportedAt(),
                new Profile(p.email(), p.displayName(), p.status(), p.emailVerified(), p.createdAt(), p.lastLoginAt()),
                e.addresses().stream().map(AddressResponse::of).toList(),
                e.orders().stream().map(OrderResponse::of).toList(),
                e.reviews());
    }
}
