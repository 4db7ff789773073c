/** The catalog benchmark: Gatling simulations of the storefront's catalog reads. */
package io.openshop.loadtest;
