/** Payments: the gateway in use and the payment records of orders. */
package io.openshop.service.payment;
