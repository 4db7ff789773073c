package io.openshop.domain.analytics;

import io.openshop.domain.shared.Money;

import java.io.Serializable;

/** A product or category among the best sellers of a period: units sold and the revenue they made. */
public record TopSeller(String key, String name, int units, Money revenue) implements Serializable {
}
