/** Use cases of inventory: stock per variant and warehouse. */
package io.openshop.service.inventory;
