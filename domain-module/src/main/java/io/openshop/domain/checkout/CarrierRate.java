package io.openshop.domain.checkout;

import io.openshop.domain.shared.Money;

import java.util.Locale;
import java.util.Objects;

/**
 * A live rate a carrier offers for a parcel, as a multi-carrier API quotes it: the carrier
 * ("dhl_express"), its service level ("dhl_express_worldwide"), a name for the shopper and the
 * price. Its {@link #code()} is the shipping method code a checkout names it by.
 */
public record CarrierRate(String carrier, String service, String name, Money price, Integer estimatedDays) {

    /** Shipping method codes of live rates start with this; the shop's own methods never do. */
    public static final String CODE_PREFIX = "carrier:";
    private static final String TOKEN = "[a-z0-9_]{1,30}";

    public CarrierRate {
        Objects.requireNonNull(price, "price");
        carrier = token(carrier);
        service = token(service);
        if (price.isNegative()) {
            throw new IllegalArgumentException("a rate is never negative");
        }
        name = name == null || name.isBlank() ? carrier + " " + service : name.strip();
        if (name.length() > 120) {
            name = name.substring(0, 120);
        }
    }

    /** "carrier:dhl_express:dhl_express_worldwide". */
    public String code() {
        return CODE_PREFIX + carrier + ":" + service;
    }

    public static boolean isCarrierCode(String code) {
        return code != null && code.startsWith(CODE_PREFIX);
    }

    /** The carrier of a live rate's code ("dhl_express"), or null for the shop's own methods. */
    public static String carrierOf(String code) {
        if (!isCarrierCode(code)) {
            return null;
        }
        String rest = code.substring(CODE_PREFIX.length());
        int colon = rest.indexOf(':');
        return colon < 0 ? null : rest.substring(0, colon);
    }

    /** A provider's name for a carrier or service ("DHL Express") as a token ("dhl_express"). */
    public static String token(String value) {
        String t = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (!t.matches(TOKEN)) {
            throw new IllegalArgumentException("not a carrier or service token: '" + value + "'");
        }
        return t;
    }
}
