package io.openshop.domain.cart;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Where carts are kept. */
public interface CartRepository {

    Optional<Cart> byToken(String token);

    /** The customer's open cart (neither checked out nor merged), if any; the database allows one. */
    Optional<Cart> openCartOf(long customerId);

    void add(Cart cart);

    /**
     * Marks the cart checked out if no one else has: true for exactly one caller, however many
     * checkouts of the same cart run at once.
     */
    boolean markCheckedOut(long cartId, OffsetDateTime at);
}
