/** The API's application class and the mapping of exceptions to problem details. */
package io.openshop.web.platform;
