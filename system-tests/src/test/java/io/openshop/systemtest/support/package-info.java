/** Shared helpers of the system tests: the deployment, settings, HTTP and browser sessions, the database, mail, the Stripe stand-in, staff and customers; browser tests extend BrowserTest. */
package io.openshop.systemtest.support;
