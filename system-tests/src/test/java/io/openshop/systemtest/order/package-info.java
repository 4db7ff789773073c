/** Orders after checkout: the order desk's API and pages, the reservation timer and shipping, returns. */
package io.openshop.systemtest.order;
