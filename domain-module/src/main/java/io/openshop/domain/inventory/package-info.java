/** Inventory: warehouses and the stock of each variant in each of them. Warehouse and StockLevel are aggregate roots. */
package io.openshop.domain.inventory;
