/** What every page and resource stands on: the API application class, problem+json error mapping, security headers, query-parameter readers, JSF messages and the cached EL method resolver. */
package io.openshop.web.platform;
