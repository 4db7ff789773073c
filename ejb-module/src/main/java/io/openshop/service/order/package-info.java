/** Orders: viewing, status changes with their stock and payment effects, and the expiry of unpaid reservations. */
package io.openshop.service.order;
