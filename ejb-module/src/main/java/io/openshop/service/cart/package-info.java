/** Carts: the use cases of building a cart, with prices always computed on the server. */
package io.openshop.service.cart;
