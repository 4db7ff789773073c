package io.openshop.systemtest.platform;

import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.StaffSupport;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published OpenAPI document as a contract an integrator can build on: lint-clean under
 * Redocly's recommended rules (Redocly's own CLI, from npm, run on the document the shop serves),
 * a bearer scheme, and for each operation the roles it declares are the roles the API enforces —
 * every protected operation answers 401 without a token and 403 to a token of a role it does not
 * name, and a GET lets a role it names through.
 */
@ExtendWith(SharedDeployment.class)
class ApiContractIT {

    private static final List<String> ROLES = List.of("ADMIN", "CATALOG_MANAGER", "FULFILMENT", "SUPPORT", "CUSTOMER");

    @Test
    void theDocumentIsLintCleanUnderRedoclysRecommendedRules() throws Exception {
        HttpResponse<String> document = HttpSupport.get("/openapi");
        assertEquals(200, document.statusCode());
        Path file = Files.createTempFile("openapi", ".yaml");
        Files.writeString(file, document.body());
        Path report = Files.createTempFile("redocly", ".json");
        Process lint = new ProcessBuilder(System.getProperty("redocly.cli", "redocly"), "lint", "--extends", "recommended",
                "--max-problems", "500", "--format", "json", file.toString())
                .redirectOutput(report.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(lint.waitFor(120, TimeUnit.SECONDS), "redocly finished");
        String output = Files.readString(report);
        JsonObject totals;
        try (JsonReader reader = Json.createReader(new StringReader(output))) {
            totals = reader.readObject().getJsonObject("totals");
        }
        assertEquals(0, totals.getInt("errors"), output);
        assertEquals(0, totals.getInt("warnings"), output);
        assertEquals(0, lint.exitValue(), output);
    }

    /**
     * docs/openapi.yaml, from which the build generates the client GeneratedClientIT shops with, is
     * what the shop serves: a change to the API that is not in the published contract fails here.
     */
    @Test
    void thePublishedContractIsWhatTheShopServes() throws Exception {
        HttpResponse<String> served = HttpSupport.get("/openapi");
        assertEquals(200, served.statusCode());
        Path published = Path.of(System.getProperty("shop.home", ".."), "docs", "openapi.yaml");
        Object expected = new org.yaml.snakeyaml.Yaml().load(Files.readString(published));
        Object actual = new org.yaml.snakeyaml.Yaml().load(served.body());
        if (!expected.equals(actual)) {
            Path current = Path.of("target", "openapi.yaml");
            Files.writeString(current, served.body());
            throw new AssertionError("the API differs from its published contract " + published.toAbsolutePath()
                    + ": if the change is meant, publish it with 'cp " + current.toAbsolutePath() + " " + published.toAbsolutePath() + "'");
        }
    }

    @Test
    void everyOperationHasAUniqueIdAndDeclaresItsSecurity() throws Exception {
        JsonObject document = HttpSupport.json(HttpSupport.get("/openapi?format=JSON"));
        JsonObject scheme = document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer");
        assertEquals("http", scheme.getString("type"));
        assertEquals("bearer", scheme.getString("scheme"));
        Set<String> ids = new java.util.HashSet<>();
        int protectedOperations = 0;
        for (Operation operation : operations(document)) {
            assertTrue(ids.add(operation.body.getString("operationId")), "unique: " + operation);
            assertTrue(operation.body.containsKey("security"), "declares its security: " + operation);
            assertTrue(!operation.path.contains(":"), "no regular expression in " + operation.path);
            if (operation.roles() != null) {
                protectedOperations++;
                assertTrue(operation.body.getJsonObject("responses").containsKey("401"), "documents its 401: " + operation);
            }
        }
        assertTrue(ids.size() > 100 && protectedOperations > 70, ids.size() + " operations, " + protectedOperations + " protected");
    }

    @Test
    void theRolesEachOperationDeclaresAreTheRolesItEnforces() throws Exception {
        JsonObject document = HttpSupport.json(HttpSupport.get("/openapi?format=JSON"));
        Map<String, String> tokens = new HashMap<>();
        tokens.put("ADMIN", StaffSupport.adminToken());
        for (String role : List.of("CATALOG_MANAGER", "FULFILMENT", "SUPPORT")) {
            tokens.put(role, SignedUpCustomers.newStaffToken(role));
        }
        SignedUpCustomers.Customer customer = SignedUpCustomers.newCustomer("contract");
        tokens.put("CUSTOMER", customer.token());

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Operation operation : operations(document)) {
            List<String> roles = operation.roles();
            if (roles == null) {
                continue;
            }
            String path = operation.path.replaceAll("\\{[^}]+}", "1");
            int anonymous = HttpSupport.send(operation.method, path, null).statusCode();
            if (anonymous != 401) {
                wrong.add(operation + " without a token answered " + anonymous);
            }
            for (String role : ROLES) {
                if (!roles.isEmpty() && !roles.contains(role)) {
                    int refused = StaffSupport.as(tokens.get(role), operation.method, path, null).statusCode();
                    checked++;
                    if (refused != 403) {
                        wrong.add(operation + " for " + role + " answered " + refused + ", not 403");
                    }
                }
            }
            if ("GET".equals(operation.method)) {
                String role = roles.isEmpty() ? "CUSTOMER" : roles.get(roles.size() - 1);
                int allowed = StaffSupport.as(tokens.get(role), operation.method, path, null).statusCode();
                checked++;
                if (allowed == 401 || allowed == 403) {
                    wrong.add(operation + " for " + role + ", a role it names, answered " + allowed);
                }
            }
        }
        assertTrue(checked > 150, "checked " + checked + " refusals and admissions");
        assertEquals(List.of(), wrong);
    }

    private record Operation(String method, String path, JsonObject body) {

        /** The roles it declares (empty: any signed-in account), or null for a public operation. */
        List<String> roles() {
            JsonValue security = body.get("security");
            boolean needsToken = security != null && security.asJsonArray().stream()
                    .anyMatch(requirement -> requirement.asJsonObject().containsKey("bearer"));
            if (!needsToken) {
                return null;
            }
            return body.containsKey("x-roles") ? body.getJsonArray("x-roles").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList() : List.of();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static List<Operation> operations(JsonObject document) {
        List<Operation> operations = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, body) -> {
            if (body.getValueType() == JsonValue.ValueType.OBJECT && body.asJsonObject().containsKey("responses")) {
                operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path, body.asJsonObject()));
            }
        }));
        assertTrue(operations.size() > 100, "operations found: " + operations.size());
        return operations;
    }
}
