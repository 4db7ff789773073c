/** The order aggregate: what was bought at which prices, its status machine and history. Order is the aggregate root. */
package io.openshop.domain.order;
