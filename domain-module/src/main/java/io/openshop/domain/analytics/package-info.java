/**
 * Analytics: what the shop sold, rolled up per day so that dashboards and reports never scan
 * orders, and the comparisons the dashboard shows (a period against the one before it).
 */
package io.openshop.domain.analytics;
