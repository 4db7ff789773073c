/** The payment provider's webhook endpoint (staff capture and refund through the order desk, web.order). */
package io.openshop.web.payment;
