/** The catalog on the web: storefront pages (home, category, product, search), the catalog and image API, and the back office's catalog table and product editor (/admin/index.xhtml, /admin/product.xhtml). */
package io.openshop.web.catalog;
