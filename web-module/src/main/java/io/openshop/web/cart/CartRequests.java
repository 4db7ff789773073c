package io.openshop.web.cart;

/** The bodies the cart API accepts. Prices are not among them: the server sets prices. */
public final class CartRequests {

    private CartRequests() {
    }

    /** A new cart, in a currency of the shop (the default one when absent). */
    public record NewCart(String currency) {
    }

    /** A variant to put in the cart, by SKU. */
    public record AddLine(String sku, Integer quantity) {
    }

    /** A new quantity for a line. */
    public record ChangeLine(Integer quantity) {
    }
}
