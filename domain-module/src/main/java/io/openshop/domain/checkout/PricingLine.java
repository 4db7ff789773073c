package io.openshop.domain.checkout;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A line to be priced: the variant, what it is sold at now (server-side, from the catalog), how
 * many, and the tax rate that applies to it at the destination.
 */
public record PricingLine(long variantId, String sku, String name, Money unitPrice, int quantity, BigDecimal taxRate) {

    public PricingLine {
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(taxRate, "taxRate");
        if (unitPrice.isNegative()) {
            throw new InvalidInputException("unitPrice", "must not be negative");
        }
        if (quantity < 1) {
            throw new InvalidInputException("quantity", "must be at least 1");
        }
        if (taxRate.signum() < 0 || taxRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidInputException("taxRate", "must be at least 0 and below 1");
        }
    }

    public Money subtotal() {
        return unitPrice.times(quantity);
    }
}
