/** The cart API: guest carts by token, lines by SKU, prices from the server. */
package io.openshop.web.cart;
