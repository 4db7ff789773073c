package io.openshop.domain.integration;

/** What happened, as a domain event names it (the database's domain_event.type). */
public enum EventType {
    ORDER_PLACED,
    ORDER_PAID,
    ORDER_FULFILLING,
    ORDER_SHIPPED,
    ORDER_DELIVERED,
    ORDER_CANCELLED,
    ORDER_REFUNDED,
    ORDER_RETURN_REQUESTED,
    ORDER_RETURNED,
    STOCK_CHANGED,
    PRODUCT_CREATED,
    PRODUCT_CHANGED,
    PRODUCT_UNPUBLISHED,
    CUSTOMER_CREATED,
    CUSTOMER_ERASED
}
