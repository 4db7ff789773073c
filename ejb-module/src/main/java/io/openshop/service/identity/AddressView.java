package io.openshop.service.identity;

import io.openshop.domain.identity.CustomerAddress;

import java.io.Serializable;

/** An address of the caller's address book, decrypted, as the boundaries hand it out. */
public record AddressView(long id, String name, String line1, String line2, String postalCode, String city,
                          String country, String phone, long version) implements Serializable {

    public static AddressView of(CustomerAddress a) {
        return new AddressView(a.getId(), a.getName(), a.getLine1(), a.getLine2(), a.getPostalCode(), a.getCity(),
                a.getCountry(), a.getPhone(), a.getVersion());
    }
}
