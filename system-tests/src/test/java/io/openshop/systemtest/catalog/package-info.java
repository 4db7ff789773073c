/** System tests of the catalog: reads of products and categories through the API and the shared cache. */
package io.openshop.systemtest.catalog;
