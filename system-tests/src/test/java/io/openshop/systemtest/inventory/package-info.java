/** Stock: variants' stock in the database's own rules, and reservations that never oversell under a rush. */
package io.openshop.systemtest.inventory;
