/** Payments: the gateway contract and the payment aggregate (a gateway token and the last four digits, never a card number). */
package io.openshop.domain.payment;
