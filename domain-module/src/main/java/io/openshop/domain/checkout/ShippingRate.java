package io.openshop.domain.checkout;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One weight band of a shipping method: parcels up to this weight cost this much. */
@Embeddable
public class ShippingRate {

    @Column(name = "max_weight_grams", nullable = false)
    private int maxWeightGrams;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    protected ShippingRate() {
        // for JPA
    }

    public ShippingRate(int maxWeightGrams, BigDecimal amount) {
        if (maxWeightGrams <= 0 || amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("a band has a positive weight limit and a price of zero or more");
        }
        this.maxWeightGrams = maxWeightGrams;
        this.amount = amount;
    }

    public int getMaxWeightGrams() {
        return maxWeightGrams;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
