/** Tests of the deployed shop on Payara Server and PostgreSQL, through its API, its pages and its faults, in one package per capability (plus security's cross-cutting probes and the shared support). */
package io.openshop.systemtest;
