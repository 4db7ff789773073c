/** Catalog use cases: shoppers browse and search categories and products with prices and stock; staff create and change them, their images and attributes. */
package io.openshop.service.catalog;
