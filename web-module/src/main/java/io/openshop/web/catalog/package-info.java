/** Catalog pages of the storefront and the catalog resources of the API. */
package io.openshop.web.catalog;
