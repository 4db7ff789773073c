/** JPA implementation of the catalog repository. */
package io.openshop.service.catalog.infrastructure;
