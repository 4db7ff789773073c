package io.openshop.service.checkout.infrastructure;

import io.openshop.domain.shared.PostalAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.Locale;
import java.util.Optional;

/**
 * Which optional providers are on, where they are and their keys, read from MicroProfile Config on
 * every call (so asadmin can switch one on or off without a redeploy):
 * <ul>
 *   <li>{@code shop.carriers.provider}: {@code none} (default) or {@code shippo}, for live rates and tracking;</li>
 *   <li>{@code shop.address.provider}: {@code none} (default) or {@code shippo}, for address validation;</li>
 *   <li>{@code shop.tax.provider}: {@code rules} (default, the shop's own rates) or {@code taxjar};</li>
 *   <li>{@code shop.shippo.base-url} (default https://api.goshippo.com), {@code shop.shippo.api-token};</li>
 *   <li>{@code shop.taxjar.base-url} (default https://api.taxjar.com), {@code shop.taxjar.api-token};</li>
 *   <li>{@code shop.shipping.origin.*}: where parcels leave from (name, line1, postal-code, city, country).</li>
 * </ul>
 * The tokens belong in Payara password aliases ({@code ${ALIAS=shippo-token}}), never in a file.
 */
@ApplicationScoped
public class ProviderSettings {

    static final String SHIPPO = "shippo";
    static final String TAXJAR = "taxjar";

    @Inject
    Config config;

    boolean carriersOn() {
        return SHIPPO.equals(setting("shop.carriers.provider", "none"));
    }

    boolean addressOn() {
        return SHIPPO.equals(setting("shop.address.provider", "none"));
    }

    boolean taxOn() {
        return TAXJAR.equals(setting("shop.tax.provider", "rules"));
    }

    String shippoUrl() {
        return setting("shop.shippo.base-url", "https://api.goshippo.com");
    }

    String shippoAuthorization() {
        return "ShippoToken " + config.getOptionalValue("shop.shippo.api-token", String.class).orElse("");
    }

    String taxJarUrl() {
        return setting("shop.taxjar.base-url", "https://api.taxjar.com");
    }

    String taxJarAuthorization() {
        return "Bearer " + config.getOptionalValue("shop.taxjar.api-token", String.class).orElse("");
    }

    /** Where the shop's parcels leave from. */
    PostalAddress origin() {
        return new PostalAddress(setting("shop.shipping.origin.name", "OpenShop Warehouse"),
                setting("shop.shipping.origin.line1", "Lagerstrasse 1"), null,
                setting("shop.shipping.origin.postal-code", "10115"),
                setting("shop.shipping.origin.city", "Berlin"),
                setting("shop.shipping.origin.country", "DE"));
    }

    private String setting(String name, String fallback) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> name.endsWith(".provider") ? v.toLowerCase(Locale.ROOT) : v).orElse(fallback);
    }

    static Optional<String> text(jakarta.json.JsonObject o, String name) {
        return o != null && o.containsKey(name) && o.get(name).getValueType() == jakarta.json.JsonValue.ValueType.STRING
                ? Optional.of(o.getString(name)).filter(s -> !s.isBlank()) : Optional.empty();
    }
}
