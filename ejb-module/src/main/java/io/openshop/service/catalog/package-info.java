/** Catalog use cases: shoppers browse and search categories and products with prices and stock; staff create and change them, their images and attributes. Answers are records (ProductSummary, ProductView, ProductListing, CategoryView, StaffProduct) read inside the transaction. */
package io.openshop.service.catalog;
