/**
 * Typed in-memory fakes of the domain's repositories and ports, and of the few beans a boundary
 * calls, for the EJB services' unit tests: each keeps what a test needs to look at afterwards.
 */
package io.openshop.service.testing;
