package io.openshop.service.cart;

import io.openshop.domain.shared.Money;

import java.util.List;

/**
 * A cart as the shopper sees it, priced on the server now.
 *
 * @param subtotal the sum of the priced lines (tax included when the shop's prices include it)
 * @param sellable false when a line has no price in the cart's currency any more, or the cart is closed
 * @param open     false once the cart was checked out or merged into an account's cart
 */
public record CartView(String token, String currency, List<Line> lines, Money subtotal, int itemCount,
                       boolean pricesIncludeTax, boolean sellable, boolean open) {

    public CartView {
        lines = List.copyOf(lines);
    }

    /** One line: the unit price is null when the variant is not sold in the cart's currency. */
    public record Line(String sku, String name, String productSlug, int quantity, Money unitPrice, Money lineTotal) {
    }
}
