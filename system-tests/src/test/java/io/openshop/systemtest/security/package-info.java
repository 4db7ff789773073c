/** Cross-cutting probes: the access matrix, attacks, authentication and web protections, the listeners' TLS, encryption at rest. */
package io.openshop.systemtest.security;
