package io.openshop.systemtest.support;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bulk product imports through the API, as catalog staff send them: the file as the body, by its Content-Type. */
public final class ImportSupport {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ImportSupport() {
    }

    /** Sends the file; returns the 202's import. */
    public static JsonObject submit(String token, String contentType, String content) throws IOException, InterruptedException {
        URI uri = TestSettings.baseUri().resolve("api/admin/catalog/imports?fileName=test." + (contentType.contains("csv") ? "csv" : "json"));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, application/problem+json").header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(content)).build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        ApiContract.check("POST", uri, response);
        assertEquals(202, response.statusCode(), response.body());
        return HttpSupport.json(response);
    }

    /** The import once its job is over (COMPLETED or FAILED), polled through the API. */
    public static JsonObject awaitOver(String token, long id, Duration within) throws Exception {
        return awaitOver(token, "/api/admin/catalog/imports/" + id, within);
    }

    /** An import's or export's progress, polled at its URL until its job is over or the time is up. */
    private static JsonObject awaitOver(String token, String path, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            HttpResponse<String> response = HttpSupport.send("GET", path, null, "Authorization", "Bearer " + token);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject progress = HttpSupport.json(response);
            String status = progress.getString("status");
            if (status.equals("COMPLETED") || status.equals("FAILED") || Instant.now().isAfter(deadline)) {
                return progress;
            }
            Thread.sleep(250);
        }
    }

    /** Starts an export of this format (csv, json) and waits until its job is over; returns its progress. */
    public static JsonObject exportAndWait(String token, String format, Duration within) throws Exception {
        return awaitExport(token, startExport(token, format), within);
    }

    /** Starts an export of this format (csv, json); returns its id. */
    public static long startExport(String token, String format) throws Exception {
        HttpResponse<String> started = HttpSupport.send("POST", "/api/admin/catalog/exports?format=" + format, null,
                "Authorization", "Bearer " + token);
        assertEquals(202, started.statusCode(), started.body());
        return HttpSupport.json(started).getJsonNumber("id").longValue();
    }

    /** Waits until the export's job is over; returns its progress. */
    public static JsonObject awaitExport(String token, long id, Duration within) throws Exception {
        return awaitOver(token, "/api/admin/catalog/exports/" + id, within);
    }

    /** A completed export's file, as text. */
    public static HttpResponse<String> download(String token, long id) throws IOException, InterruptedException {
        URI uri = TestSettings.baseUri().resolve("api/admin/catalog/exports/" + id + "/file");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).header("Accept", "text/csv, application/json")
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        ApiContract.check("GET", uri, response);
        return response;
    }
}
