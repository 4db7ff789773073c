/**
 * Orders on the web: a guest's and a customer's own orders (API), and the order desk for staff
 * (the {@code admin/orders} API and the back-office order list and order pages).
 */
package io.openshop.web.order;
