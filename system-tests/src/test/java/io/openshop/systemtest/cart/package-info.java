/** Carts over the API and the storefront's forms: guest and account carts and how they join at sign-in. */
package io.openshop.systemtest.cart;
