/** The rollup tables in PostgreSQL (sales_day, sales_day_status, sales_day_variant, rollup_state). */
package io.openshop.service.analytics.infrastructure;
