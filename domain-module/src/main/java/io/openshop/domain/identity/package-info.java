/** Identity: customers and staff, their roles and credentials. */
package io.openshop.domain.identity;
