/** The order API: a guest's own orders by number and email. */
package io.openshop.web.order;
