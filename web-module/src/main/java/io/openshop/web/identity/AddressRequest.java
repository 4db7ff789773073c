package io.openshop.web.identity;

import io.openshop.service.identity.AddressDraft;

/** An address as a customer sends it; an id, owner or version in the body is ignored. */
public record AddressRequest(String name, String line1, String line2, String postalCode, String city, String country, String phone) {

    AddressDraft draft() {
        return new AddressDraft(name, line1, line2, postalCode, city, country, phone);
    }
}
