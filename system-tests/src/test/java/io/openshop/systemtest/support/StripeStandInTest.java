package io.openshop.systemtest.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Black-box tests of the Stripe adapter: the shop's EAR deployed as it ships, and WireMock in the
 * test JVM as the stand-in for api.stripe.com, which the domain uses for the test class's duration
 * only (deployed afresh so that it reads the settings); after it the domain is back on the built-in
 * test gateway and the stand-in is stopped.
 */
@ExtendWith(SharedDeployment.class)
public abstract class StripeStandInTest {

    /** The stand-in of this test class, started before its first test. */
    protected static WireMockServer stripe;

    @BeforeAll
    static void standIn() throws Exception {
        stripe = StripeSupport.start();
        StripeSupport.useStandIn(stripe);
        // the shared deployment has read (and cached) the payment settings: a fresh one reads these
        SharedDeployment.redeploy();
    }

    @AfterAll
    static void standInAway() throws Exception {
        try {
            StripeSupport.release(stripe);
        } finally {
            SharedDeployment.release(); // the next class deploys afresh, on the test gateway again
        }
    }
}
