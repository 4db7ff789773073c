package io.openshop.web.identity;

import io.openshop.service.identity.AddressView;

/** An address of the caller's address book. */
public record AddressResponse(long id, String name, String line1, String line2, String postalCode, String city,
                              String country, String phone, long version) {

    public static AddressResponse of(AddressView a) {
        return new AddressResponse(a.id(), a.name(), a.line1(), a.line2(), a.postalCode(), a.city(), a.country(), a.phone(),
                a.version());
    }
}
