/** Analytics: the back-office dashboard and its rollups against the orders stored. */
package io.openshop.systemtest.analytics;
