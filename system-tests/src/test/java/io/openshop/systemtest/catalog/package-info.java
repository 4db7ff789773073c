/** The catalog on the deployed shop: products, categories, search, prices, pictures, the listing pages and their cache, staff's catalog administration and the catalog generator. */
package io.openshop.systemtest.catalog;
