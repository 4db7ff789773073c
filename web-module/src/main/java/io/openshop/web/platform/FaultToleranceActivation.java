package io.openshop.web.platform;

import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Switches MicroProfile Fault Tolerance on for the whole EAR. Payara 6 registers its Fault
 * Tolerance CDI extension only for a WAR whose own classes carry a Fault Tolerance annotation
 * (FaultToleranceSniffer accepts ".war" archives only; an EJB jar's annotations are never looked
 * at), and without the extension no {@code @Timeout} or {@code @CircuitBreaker} is applied anywhere,
 * silently. The shop's providers' calls (ejb-module's ProviderClient) carry theirs; this class
 * only makes the sniffer see the EAR as a Fault Tolerance application. Once registered, the
 * extension serves the EAR's one Weld container, the EJB jar's beans included. Not a bean: it
 * is never instantiated. ProvidersIT proves the circuit opens.
 */
final class FaultToleranceActivation {

    private FaultToleranceActivation() {
    }

    @Timeout(1)
    void marker() {
        // never called
    }
}
