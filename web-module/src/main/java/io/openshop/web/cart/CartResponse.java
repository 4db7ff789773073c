package io.openshop.web.cart;

import io.openshop.service.cart.CartView;
import io.openshop.web.platform.MoneyResponse;

import java.util.List;

/** A cart with prices computed by the server now. */
public record CartResponse(String token, String currency, List<LineResponse> lines, MoneyResponse subtotal,
                           int itemCount, boolean pricesIncludeTax, boolean sellable) {

    public record LineResponse(String sku, String name, String product, int quantity, MoneyResponse unitPrice,
                               MoneyResponse lineTotal) {
    }

    static CartResponse of(CartView v) {
        return new CartResponse(v.token(), v.currency(), v.lines().stream().map(l -> new LineResponse(l.sku(), l.name(),
                l.productSlug(), l.quantity(), MoneyResponse.of(l.unitPrice()), MoneyResponse.of(l.lineTotal()))).toList(),
                MoneyResponse.of(v.subtotal()), v.itemCount(), v.pricesIncludeTax(), v.sellable());
    }
}
