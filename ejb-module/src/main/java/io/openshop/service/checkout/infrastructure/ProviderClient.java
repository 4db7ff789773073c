package io.openshop.service.checkout.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The one way out to the optional providers: a MicroProfile Rest Client per provider and base URL,
 * with a connect timeout ({@code shop.providers.connect-timeout-ms}, default 400) and a read
 * timeout ({@code shop.providers.read-timeout-ms}, default 800) that bound each call; the circuit
 * per call is {@link ProviderCircuits}'. A 4xx answer is the provider refusing the request, not
 * failing ({@link ProviderRefusedException}).
 */
@ApplicationScoped
public class ProviderClient {

    static final int TIMEOUT_MS = 800;

    @Inject
    Config config;

    private final Map<String, Object> clients = new ConcurrentHashMap<>();

    /** One call through the client of this API at this base URL, its answer judged: a JSON object, or an exception. */
    public <A> JsonObject call(Class<A> type, String baseUrl, Function<A, Response> request) {
        return answer(request.apply(api(type, baseUrl)));
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
