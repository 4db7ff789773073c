/** The stock desk of the back office: a SKU's stock per warehouse, adjustments with a reason, its movement history, the low-stock list (page and API). */
package io.openshop.web.inventory;
