package io.openshop.service.checkout.infrastructure;

import io.openshop.domain.checkout.AddressValidator;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.PostalAddress;
import io.openshop.service.checkout.ProviderMetrics.Call;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Address validation with Shippo: the address created with {@code validate=true} comes back as
 * Shippo would deliver to it (its fields normalised) with {@code validation_results}. Valid and as
 * typed is VERIFIED; valid in another form is CORRECTED with that form as the suggestion (the name
 * is always the shopper's own); not valid is UNDELIVERABLE with Shippo's messages. Never a refusal:
 * the shopper decides.
 */
@ApplicationScoped
public class ShippoAddressValidator implements AddressValidator {

    @Inject
    ProviderSettings settings;

    @Inject
    ProviderAnswers answers;

    @Override
    public Check check(PostalAddress address) {
        if (!settings.addressOn()) {
            return Check.unchecked();
        }
        JsonObject request = Json.createObjectBuilder(ShippoCarriers.address(address)).add("validate", true).build();
        return answers.shippo(Call.ADDRESS, (api, token) -> api.createAddress(token, request),
                        answer -> check(address, answer))
                .orElseGet(Check::unchecked);
    }

    static Check check(PostalAddress typed, JsonObject answer) {
        JsonObject results = answer.containsKey("validation_results")
                && answer.get("validation_results").getValueType() == JsonValue.ValueType.OBJECT
                ? answer.getJsonObject("validation_results") : JsonValue.EMPTY_JSON_OBJECT;
        List<String> messages = new ArrayList<>();
        JsonArray list = results.containsKey("messages") && results.get("messages").getValueType() == JsonValue.ValueType.ARRAY
                ? results.getJsonArray("messages") : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonValue m : list) {
            if (m.getValueType() == JsonValue.ValueType.OBJECT) {
                ProviderSettings.text(m.asJsonObject(), "text").ifPresent(messages::add);
            }
        }
        if (!results.getBoolean("is_valid", false)) {
            return new Check(Result.UNDELIVERABLE, null, messages);
        }
        PostalAddress delivered;
        try {
            delivered = new PostalAddress(typed.getName(),
                    ProviderSettings.text(answer, "street1").orElse(typed.getLine1()),
                    ProviderSettings.text(answer, "street2").orElse(null),
                    ProviderSettings.text(answer, "zip").orElse(typed.getPostalCode()),
                    ProviderSettings.text(answer, "city").orElse(typed.getCity()),
                    ProviderSettings.text(answer, "country").orElse(typed.getCountry()));
        } catch (InvalidInputException e) {
            return new Check(Result.VERIFIED, null, messages); // a form the shop cannot keep is no suggestion
        }
        boolean same = delivered.getLine1().equals(typed.getLine1()) && Objects.equals(delivered.getLine2(), typed.getLine2())
                && delivered.getPostalCode().equals(typed.getPostalCode()) && delivered.getCity().equals(typed.getCity())
                && delivered.getCountry().equals(typed.getCountry());
        return same ? new Check(Result.VERIFIED, null, messages) : new Check(Result.CORRECTED, delivered, messages);
    }
}
