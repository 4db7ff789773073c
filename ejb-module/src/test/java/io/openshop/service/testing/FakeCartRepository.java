package io.openshop.service.testing;

import io.openshop.domain.cart.Cart;
import io.openshop.domain.cart.CartRepository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Carts in a list; checking out is a flag per cart id, set once, as the database's conditional update does. */
public final class FakeCartRepository implements CartRepository {

    public final List<Cart> carts = new ArrayList<>();
    private final Set<Long> checkedOut = new HashSet<>();
    private long ids;

    @Override
    public Optional<Cart> byToken(String token) {
        return carts.stream().filter(c -> c.getToken().equals(token)).findFirst();
    }

    @Override
    public Optional<Cart> openCartOf(long customerId) {
        return carts.stream().filter(c -> c.belongsTo(customerId) && c.isOpen() && !checkedOut.contains(c.getId())).findFirst();
    }

    @Override
    public void add(Cart cart) {
        carts.add(Ids.assign(cart, ++ids));
    }

    @Override
    public boolean markCheckedOut(long cartId, OffsetDateTime at) {
        return checkedOut.add(cartId);
    }

    public boolean isCheckedOut(Cart cart) {
        return checkedOut.contains(cart.getId());
    }
}
