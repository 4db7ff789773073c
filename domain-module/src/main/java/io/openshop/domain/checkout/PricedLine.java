package io.openshop.domain.checkout;

import io.openshop.domain.shared.Money;

/**
 * A priced line: its subtotal (unit price × quantity), its share of the discount, its tax and
 * what the customer pays for it (total, tax included).
 */
public record PricedLine(PricingLine line, Money subtotal, Money discount, Money tax, Money total) {
}
