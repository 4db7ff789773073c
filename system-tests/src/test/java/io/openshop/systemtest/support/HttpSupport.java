package io.openshop.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client against the deployed shop; every answer of the API is checked against its OpenAPI document ({@link ApiContract}). */
public final class HttpSupport {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpSupport() {
    }

    public static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = TestSettings.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json, */*").GET().build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        ApiContract.check("GET", uri, response);
        return response;
    }

    /** A GET whose answer is not checked against the API contract: while the application is still starting, Payara answers for it. */
    public static HttpResponse<String> getOutsideContract(String path) throws IOException, InterruptedException {
        URI uri = TestSettings.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** MicroProfile Metrics, served only by the internal listener on 127.0.0.1 (port base + 82), never the public ones. */
    public static HttpResponse<String> metrics(String query) throws IOException, InterruptedException {
        URI uri = URI.create(TestSettings.internalUri() + "metrics" + query);
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a JSON body (or none, with null) with the given method and extra header pairs. */
    public static HttpResponse<String> send(String method, String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpResponse<String> response = sendOutsideContract(method, path, json, headers);
        ApiContract.check(method, response.uri(), response);
        return response;
    }

    /**
     * Sends as {@link #send} but leaves the answer unchecked by the API contract: for a request
     * malformed at the HTTP level, which the container refuses before the application sees it.
     */
    public static HttpResponse<String> sendOutsideContract(String method, String path, String json, String... headers)
            throws IOException, InterruptedException {
        URI uri = TestSettings.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    public static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
