/** Reviews in PostgreSQL: JPA for the aggregate, SQL for the published pages and the rating summary. */
package io.openshop.service.review.infrastructure;
