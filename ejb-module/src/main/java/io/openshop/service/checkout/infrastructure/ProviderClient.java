package io.openshop.service.checkout.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The one way out to the optional providers: a MicroProfile Rest Client per provider and base URL
 * (connect and read timeouts from {@code shop.providers.connect-timeout-ms}, default 400, and
 * {@code shop.providers.read-timeout-ms}, default 800), each call under MicroProfile Fault
 * Tolerance: a {@link Timeout} of 800 ms that bounds the call whatever the socket does, and a
 * {@link CircuitBreaker} per call, so a provider that keeps failing is not asked for 30 seconds
 * (its callers get their fallback at once). A 4xx answer is the provider refusing the request,
 * not failing: it does not count towards opening the circuit.
 * <p>
 * MicroProfile Config can change every bound without a rebuild, e.g.
 * {@code io.openshop.service.checkout.infrastructure.ProviderClient/shippoRates/Timeout/value=1500}.
 */
@ApplicationScoped
public class ProviderClient {

    static final int TIMEOUT_MS = 800;

    @Inject
    Config config;

    private final Map<String, Object> clients = new ConcurrentHashMap<>();

    @Timeout(TIMEOUT_MS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, skipOn = ProviderRefusedException.class)
    public JsonObject shippoRates(String baseUrl, Function<ShippoApi, Response> call) {
        return answer(call.apply(api(ShippoApi.class, baseUrl)));
    }

    @Timeout(TIMEOUT_MS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, skipOn = ProviderRefusedException.class)
    public JsonObject shippoTracking(String baseUrl, Function<ShippoApi, Response> call) {
        return answer(call.apply(api(ShippoApi.class, baseUrl)));
    }

    @Timeout(TIMEOUT_MS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, skipOn = ProviderRefusedException.class)
    public JsonObject shippoAddress(String baseUrl, Function<ShippoApi, Response> call) {
        return answer(call.apply(api(ShippoApi.class, baseUrl)));
    }

    @Timeout(TIMEOUT_MS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, skipOn = ProviderRefusedException.class)
    public JsonObject taxJar(String baseUrl, Function<TaxJarApi, Response> call) {
        return answer(call.apply(api(TaxJarApi.class, baseUrl)));
    }

    private static JsonObject answer(Response response) {
        try (response) {
            int status = response.getStatus();
            if (status >= 200 && status < 300) {
                return response.readEntity(JsonObject.class);
            }
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                throw new ProviderRefusedException(status);
            }
            throw new ProviderFailedException("answered " + status);
        }
    }

    private <T> T api(Class<T> type, String baseUrl) {
        return type.cast(clients.computeIfAbsent(type.getName() + " " + baseUrl, key -> RestClientBuilder.newBuilder()
                .baseUri(URI.create(baseUrl))
                .connectTimeout(config.getOptionalValue("shop.providers.connect-timeout-ms", Long.class).orElse(400L), TimeUnit.MILLISECONDS)
                .readTimeout(config.getOptionalValue("shop.providers.read-timeout-ms", Long.class).orElse((long) TIMEOUT_MS), TimeUnit.MILLISECONDS)
                // 4xx and 5xx come back as answers, judged by answer(), not as the default mapper's exceptions
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(type)));
    }

    /** The provider understood the request and said no (a 4xx): it is up, the request was wrong for it. */
    public static final class ProviderRefusedException extends RuntimeException {
        private final int status;

        ProviderRefusedException(int status) {
            super("refused the request with " + status);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The provider failed (a 5xx, a 408 or 429, an unreadable answer). */
    public static final class ProviderFailedException extends RuntimeException {
        ProviderFailedException(String message) {
            super(message);
        }
    }
}
