/** The catalog in PostgreSQL: the JPA repository, full-text and trigram search, price SQL, image bytes, and the listing cache keyed by catalog version. */
package io.openshop.service.catalog.infrastructure;
