/** Sign-in, sign-up, sign-out and the customer's account pages; the one place security is declared. */
package io.openshop.web.identity;
