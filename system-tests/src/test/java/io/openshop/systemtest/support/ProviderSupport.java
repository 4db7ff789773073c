package io.openshop.systemtest.support;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.util.List;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * One local stand-in (WireMock in the test JVM) for the optional providers, each speaking its
 * real protocol on its own paths: Shippo ({@code /shipments/}, {@code /tracks/…}, {@code /addresses/},
 * header {@code Authorization: ShippoToken …}) and TaxJar ({@code /v2/taxes}, {@code Authorization:
 * Bearer …}); and the switch that points the deployed shop at it and back to no providers.
 */
public final class ProviderSupport {

    public static final String SHIPPO_TOKEN = "shippo_test_openshop_stand_in";
    public static final String TAXJAR_TOKEN = "taxjar_openshop_stand_in";
    private static final List<String> SETTINGS = List.of("mp.config.cache.duration", "shop.carriers.provider",
            "shop.address.provider", "shop.tax.provider", "shop.shippo.base-url", "shop.shippo.api-token",
            "shop.taxjar.base-url", "shop.taxjar.api-token");

    private ProviderSupport() {
    }

    public static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return server;
    }

    /** Carriers, address validation and tax all through the stand-in. */
    public static void useStandIn(WireMockServer server) {
        String url = "http://127.0.0.1:" + server.port();
        DomainConfig.set("mp.config.cache.duration", "0");
        DomainConfig.set("shop.carriers.provider", "shippo");
        DomainConfig.set("shop.address.provider", "shippo");
        DomainConfig.set("shop.tax.provider", "taxjar");
        DomainConfig.set("shop.shippo.base-url", url);
        DomainConfig.set("shop.shippo.api-token", SHIPPO_TOKEN);
        DomainConfig.set("shop.taxjar.base-url", url);
        DomainConfig.set("shop.taxjar.api-token", TAXJAR_TOKEN);
    }

    /** No providers again (the shop's own shipping table and tax rates), and the stand-in stopped. */
    public static void release(WireMockServer server) {
        try {
            DomainConfig.delete(SETTINGS);
        } finally {
            server.stop();
        }
    }
}
