/** Carts on the web: the guest cart API by token, the signed-in customer's cart API, the cart page and add-to-cart form; prices always from the server. */
package io.openshop.web.cart;
