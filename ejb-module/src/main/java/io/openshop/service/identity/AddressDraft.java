package io.openshop.service.identity;

/** What a customer sends to add or change an address; the domain checks every field. */
public record AddressDraft(String name, String line1, String line2, String postalCode, String city, String country, String phone) {
}
