/** Identity on the web: the one place security is declared (authentication mechanism, identity store), sign-in with two-factor, sign-up, sign-out, password reset, the customer's account pages and API, and staff administration (/admin/staff.xhtml, admin/staff). */
package io.openshop.web.identity;
