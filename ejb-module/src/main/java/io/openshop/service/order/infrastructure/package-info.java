/** Orders in PostgreSQL. */
package io.openshop.service.order.infrastructure;
