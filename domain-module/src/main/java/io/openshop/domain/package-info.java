/** The shop's domain model: aggregates, value objects and repository contracts, free of any container API but JPA. */
package io.openshop.domain;
