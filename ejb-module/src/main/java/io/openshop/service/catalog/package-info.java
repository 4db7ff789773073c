/** Use cases of the catalog: browsing categories and products. */
package io.openshop.service.catalog;
