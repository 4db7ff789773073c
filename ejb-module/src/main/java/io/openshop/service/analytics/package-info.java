/** Analytics services: the rollup job that keeps the per-day sales tables, and the dashboard's figures read from them. */
package io.openshop.service.analytics;
