/** JPA implementation of the inventory repository. */
package io.openshop.service.inventory.infrastructure;
