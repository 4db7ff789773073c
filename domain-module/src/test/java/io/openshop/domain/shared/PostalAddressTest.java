package io.openshop.domain.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one set of rules for a postal address, as the address book and an order's snapshot both use it. */
class PostalAddressTest {

    @Test
    void fieldsAreTrimmedTheCountryUpperCasedAndABlankSecondLineLeftOut() {
        PostalAddress a = new PostalAddress(" Kim ", " Road 1 ", "  ", " 75001 ", " Paris ", " fr ");
        assertEquals("Kim", a.getName());
        assertEquals("Road 1", a.getLine1());
        assertNull(a.getLine2());
        assertEquals("75001", a.getPostalCode());
        assertEquals("Paris", a.getCity());
        assertEquals("FR", a.getCountry());
        assertEquals(a, new PostalAddress("Kim", "Road 1", null, "75001", "Paris", "FR"), "a value: equal fields, equal addresses");
    }

    @Test
    void refusalsNameTheFieldOnItsOwnOrUnderWhatTheAddressIsPartOf() {
        assertEquals("city", assertThrows(InvalidInputException.class,
                () -> new PostalAddress("Kim", "Road 1", null, "75001", " ", "FR")).field());
        assertEquals("shippingAddress.city", assertThrows(InvalidInputException.class,
                () -> PostalAddress.of("shippingAddress", "Kim", "Road 1", null, "75001", null, "FR")).field());
        assertEquals("shippingAddress.country", assertThrows(InvalidInputException.class,
                () -> PostalAddress.of("shippingAddress", "Kim", "Road 1", null, "75001", "Paris", "France")).field());
        assertEquals("line2", assertThrows(InvalidInputException.class,
                () -> new PostalAddress("Kim", "Road 1", "x".repeat(PostalAddress.MAX_LINE + 1), "75001", "Paris", "FR")).field());
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> new PostalAddress("x".repeat(PostalAddress.MAX_NAME + 1), "Road 1", null, "75001", "Paris", "FR")).field());
        assertEquals("postalCode", assertThrows(InvalidInputException.class,
                () -> new PostalAddress("Kim", "Road 1", null, "1".repeat(PostalAddress.MAX_POSTAL_CODE + 1), "Paris", "FR")).field());
    }

    @Test
    void erasureKeepsTheCountryAlone() {
        PostalAddress erased = new PostalAddress("Kim", "Road 1", "Flat 2", "75001", "Paris", "FR").erased();
        assertEquals("", erased.getName());
        assertEquals("", erased.getLine1());
        assertNull(erased.getLine2());
        assertEquals("", erased.getPostalCode());
        assertEquals("", erased.getCity());
        assertEquals("FR", erased.getCountry());
    }
}
