package io.openshop.service.checkout.infrastructure;

import io.openshop.service.checkout.ProviderMetrics;
import io.openshop.service.checkout.ProviderMetrics.Call;
import io.openshop.service.checkout.ProviderMetrics.Result;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a provider call into an answer or none: every way a call can fail (refused, too slow, down,
 * its circuit open: {@link ProviderCircuits}) ends here as an empty answer, counted
 * ({@link ProviderMetrics}) and logged once per call at INFO (a provider's outage is an
 * operational fact, not a defect of the shop; a failure inside the shop is a WARNING with its trace).
 */
@ApplicationScoped
public class ProviderAnswers {

    private static final Logger LOG = Logger.getLogger(ProviderAnswers.class.getName());

    @Inject
    ProviderMetrics metrics;

    @Inject
    ProviderCircuits circuits;

    @Inject
    ProviderSettings settings;

    @Inject
    ProviderClient client;

    /** A call to Shippo's API with the shop's token, answered as {@link #ask} answers. */
    public <T> Optional<T> shippo(Call call, BiFunction<ShippoApi, String, Response> request, Function<JsonObject, T> read) {
        return ask(call, () -> client.call(ShippoApi.class, settings.shippoUrl(), api -> request.apply(api, settings.shippoAuthorization())),
                read);
    }

    /** A call to TaxJar's API with the shop's token, answered as {@link #ask} answers. */
    public <T> Optional<T> taxJar(Call call, BiFunction<TaxJarApi, String, Response> request, Function<JsonObject, T> read) {
        return ask(call, () -> client.call(TaxJarApi.class, settings.taxJarUrl(), api -> request.apply(api, settings.taxJarAuthorization())),
                read);
    }

    /** The call's answer read by {@code read}; empty when the call failed or its answer could not be read. */
    public <T> Optional<T> ask(Call call, Supplier<JsonObject> request, Function<JsonObject, T> read) {
        Result result;
        String why;
        if (!circuits.allows(call)) {
            metrics.count(call, Result.CIRCUIT_OPEN);
            LOG.log(Level.FINE, "Provider call {0} not made: its circuit is open after repeated failures", call);
            return Optional.empty();
        }
        try {
            T answer = read.apply(request.get());
            circuits.record(call, false);
            metrics.count(call, Result.ANSWERED);
            return Optional.of(answer);
        } catch (ProviderClient.ProviderRefusedException e) {
            circuits.record(call, false);
            result = Result.REFUSED;
            why = e.getMessage();
        } catch (ProviderClient.ProviderFailedException | jakarta.ws.rs.ProcessingException e) {
            circuits.record(call, true);
            boolean timedOut = causedBy(e, SocketTimeoutException.class) || causedBy(e, HttpTimeoutException.class);
            result = timedOut ? Result.TIMEOUT : Result.DOWN;
            why = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            // not the provider's failure but the shop's: with its stack trace, as a warning
            circuits.record(call, true);
            metrics.count(call, Result.DOWN);
            LOG.log(Level.WARNING, "Provider call " + call + " failed in the shop itself; the shop's fallback serves it", e);
            return Optional.empty();
        }
        metrics.count(call, result);
        LOG.log(Level.INFO, "Provider call {0} gave no answer ({1}: {2}); the shop''s fallback serves it",
                new Object[] {call, result, why});
        return Optional.empty();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
