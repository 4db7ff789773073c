package io.openshop.domain.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InvalidInputExceptionTest {

    @Test
    void theFieldAndTheRuleAreDataAndTheMessageIsBothTogether() {
        InvalidInputException e = new InvalidInputException("shippingAddress.postalCode", "must be 5 digits in DE");
        assertEquals("shippingAddress.postalCode", e.field());
        assertEquals("must be 5 digits in DE", e.expectation());
        assertEquals("shippingAddress.postalCode must be 5 digits in DE", e.getMessage(), "as APIs answer it");
    }
}
