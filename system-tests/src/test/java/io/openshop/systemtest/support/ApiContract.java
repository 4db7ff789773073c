package io.openshop.systemtest.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every answer of the API that a test receives through {@link HttpSupport} is checked against the
 * OpenAPI document the shop publishes (Atlassian's swagger-request-validator): its status is one the
 * operation documents, its content type and body match the documented schema. An answer that
 * breaks the contract fails the test that received it, so the document cannot drift from the API.
 * With {@code -Dshop.api.contract=report} the violations are only written to
 * {@code target/api-contract-violations.txt}.
 */
public final class ApiContract {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static OpenApiInteractionValidator validator;

    private ApiContract() {
    }

    /** Checks one answer of the API; answers of other paths (pages, feeds, health) are not the API's. */
    static void check(String method, URI uri, HttpResponse<String> response) {
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/api/")) {
            return;
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().firstValue("Content-Type").ifPresent(type -> answer.withContentType(type));
        if (!response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        ValidationReport report = validator().validateResponse(path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), answer.build());
        if (!report.hasErrors()) {
            return;
        }
        String violation = method + " " + path + " answered " + response.statusCode() + ": " + report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + " " + m.getMessage()).collect(Collectors.joining("; "))
                + "\n  body: " + (response.body().length() > 600 ? response.body().substring(0, 600) + "…" : response.body());
        if ("report".equals(System.getProperty("shop.api.contract"))) {
            try {
                Files.writeString(Path.of("target", "api-contract-violations.txt"), violation + "\n",
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new AssertionError("could not record " + violation, e);
            }
            return;
        }
        throw new AssertionError("the API broke its OpenAPI contract: " + violation);
    }

    private static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            try {
                HttpResponse<String> document = CLIENT.send(HttpRequest.newBuilder(TestSettings.baseUri().resolve("openapi?format=JSON"))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (document.statusCode() != 200) {
                    throw new AssertionError("no OpenAPI document: " + document.statusCode());
                }
                // a path or method the API does not have (a test of its 404 or 405) is not a breach of the contract
                validator = OpenApiInteractionValidator.createForInlineApiSpecification(document.body())
                        .withLevelResolver(LevelResolver.create().withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                                .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE).build())
                        .build();
            } catch (IOException e) {
                throw new AssertionError("could not read the OpenAPI document", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted reading the OpenAPI document", e);
            }
        }
        return validator;
    }
}
