/** The catalog: categories and the products shoppers browse. Product and Category are aggregate roots. */
package io.openshop.domain.catalog;
