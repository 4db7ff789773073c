/** What the shop does as a running platform: database outages, sessionless catalog pages. */
package io.openshop.systemtest.platform;
