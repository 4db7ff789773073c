package io.openshop.service.checkout.infrastructure;

import io.openshop.service.checkout.ProviderMetrics;
import io.openshop.service.checkout.ProviderMetrics.Call;
import io.openshop.service.checkout.ProviderMetrics.Result;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a provider call into an answer or none: every way a call can fail (refused, too slow, down,
 * its circuit open) ends here as an empty answer, counted ({@link ProviderMetrics}) and logged
 * once per call at INFO (a provider's outage is an operational fact, not a defect of the shop).
 */
@ApplicationScoped
public class ProviderAnswers {

    private static final Logger LOG = Logger.getLogger(ProviderAnswers.class.getName());

    @Inject
    ProviderMetrics metrics;

    /** The call's answer read by {@code read}; empty when the call failed or its answer could not be read. */
    public <T> Optional<T> ask(Call call, Supplier<JsonObject> request, Function<JsonObject, T> read) {
        Result result;
        String why;
        try {
            T answer = read.apply(request.get());
            metrics.count(call, Result.ANSWERED);
            return Optional.of(answer);
        } catch (CircuitBreakerOpenException e) {
            result = Result.CIRCUIT_OPEN;
            why = "its circuit is open after repeated failures";
        } catch (TimeoutException e) {
            result = Result.TIMEOUT;
            why = "no answer within " + ProviderClient.TIMEOUT_MS + " ms";
        } catch (ProviderClient.ProviderRefusedException e) {
            result = Result.REFUSED;
            why = e.getMessage();
        } catch (RuntimeException e) {
            boolean timedOut = causedBy(e, SocketTimeoutException.class) || causedBy(e, HttpTimeoutException.class);
            result = timedOut ? Result.TIMEOUT : Result.DOWN;
            why = e.getClass().getSimpleName() + ": " + e.getMessage();
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
