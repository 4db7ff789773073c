package io.openshop.service.testing;

import io.openshop.domain.checkout.AddressValidator;
import io.openshop.domain.checkout.CarrierRate;
import io.openshop.domain.checkout.Carriers;
import io.openshop.domain.checkout.Parcel;
import io.openshop.domain.checkout.PricingLine;
import io.openshop.domain.checkout.TaxProvider;
import io.openshop.domain.order.TrackingStatus;
import io.openshop.domain.shared.Money;
import io.openshop.domain.shared.PostalAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The optional providers as a test sets them: no answer (the default, as when none is configured
 * or it is down), or the rates, tax rates and statuses the test gives; every parcel rated is kept.
 */
public final class FakeProviders implements Carriers, TaxProvider, AddressValidator {

    public List<CarrierRate> rates;
    public Rates taxRates;
    public Check addressCheck = Check.unchecked();
    public final Map<String, TrackingStatus> tracking = new HashMap<>();
    public final List<Parcel> parcels = new ArrayList<>();
    public int taxCalls;

    @Override
    public Optional<List<CarrierRate>> rates(Parcel parcel) {
        parcels.add(parcel);
        return Optional.ofNullable(rates);
    }

    @Override
    public Optional<TrackingStatus> track(String carrier, String trackingNumber) {
        return Optional.ofNullable(tracking.get(carrier + "/" + trackingNumber));
    }

    @Override
    public Optional<Rates> rates(PostalAddress to, List<PricingLine> lines, Money shipping) {
        taxCalls++;
        return Optional.ofNullable(taxRates);
    }

    @Override
    public Check check(PostalAddress address) {
        return addressCheck;
    }
}
