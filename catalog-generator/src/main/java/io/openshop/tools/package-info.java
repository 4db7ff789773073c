/** Developer tools run from the command line against the shop's database, outside the application server. */
package io.openshop.tools;
