/** Webhook subscriptions, domain events and deliveries in PostgreSQL (V068), and the HTTP client that delivers. */
package io.openshop.service.integration.infrastructure;
