/** The cart aggregate: what a shopper means to buy, by variant and quantity. Cart is the aggregate root. */
package io.openshop.domain.cart;
