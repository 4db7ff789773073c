package io.openshop.domain.inventory;

/**
 * Who changes stock, and for what: written with each movement. The shop itself (checkout, the
 * order workflow, timers) is {@link #SHOP}; staff are named by their sign-in name.
 *
 * @param reference the order the change is for, or null
 */
public record StockChange(String actor, String reference) {

    /** The actor of changes no staff member made. */
    public static final String SHOP = "shop";

    public StockChange {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a stock change needs an actor");
        }
    }

    /** A change the shop makes for an order (checkout, cancellation, the workflow). */
    public static StockChange forOrder(String reference) {
        return new StockChange(SHOP, reference);
    }
}
