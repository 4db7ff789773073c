package io.openshop.domain.checkout;

import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.PostalAddress;

import java.util.Objects;

/** What a carrier rates: one parcel of this weight and declared value going to an address. */
public record Parcel(PostalAddress to, int weightGrams, Money value) {

    public Parcel {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(value, "value");
        if (weightGrams < 0) {
            throw new IllegalArgumentException("a parcel's weight is never negative");
        }
    }
}
