/** The back office's dashboard (the landing page): figures and charts from the analytics rollups. */
package io.openshop.web.analytics;
