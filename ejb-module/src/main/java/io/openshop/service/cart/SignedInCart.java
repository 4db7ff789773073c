package io.openshop.service.cart;

import java.util.List;

/**
 * The account's cart after sign-in, and what the merge of the browser's guest cart did.
 *
 * @param merged     whether a guest cart was merged in now (false on every later sign-in)
 * @param cappedSkus SKUs whose added quantities hit the per-line maximum
 * @param leftOutSkus SKUs that did not fit because the cart was full
 */
public record SignedInCart(CartView cart, boolean merged, List<String> cappedSkus, List<String> leftOutSkus) {

    public SignedInCart {
        cappedSkus = List.copyOf(cappedSkus);
        leftOutSkus = List.copyOf(leftOutSkus);
    }
}
