/** Tests of the deployed shop on Payara Server and PostgreSQL, through its API, its pages and its faults. */
package io.openshop.systemtest;
