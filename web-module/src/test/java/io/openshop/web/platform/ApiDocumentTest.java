package io.openshop.web.platform;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.openshop.web.identity.AuthResource;
import io.openshop.web.order.OrderAdminResource;
import io.openshop.web.catalog.ProductResource;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What ApiDocument derives from the resource classes: their list, each operation's id and roles, the path templates. */
class ApiDocumentTest {

    @Test
    void everyResourceClassIsDescribed() {
        Set<String> resources = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.openshop.web").stream().filter(c -> c.isAnnotatedWith(Path.class))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(resources.size() > 20, "resource classes were found: " + resources);
        assertEquals(resources, ApiResources.CLASSES.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)),
                "ApiResources.CLASSES lists every @Path class of the web module");
        Set<String> providers = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.openshop.web").stream().filter(c -> c.isAnnotatedWith(jakarta.ws.rs.ext.Provider.class))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(providers.size() >= 6, "provider classes were found: " + providers);
        assertEquals(providers, ShopApi.PROVIDERS.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)),
                "ShopApi.PROVIDERS lists every @Provider class of the web module (the API registers only what it names)");
    }

    @Test
    void operationIdsAreUniqueAndEveryOperationSaysWhoMayCallIt() {
        Map<String, ApiDocument.Endpoint> endpoints = ApiDocument.endpoints();
        assertTrue(endpoints.size() > 100, "operations: " + endpoints.size());
        assertEquals(endpoints.size(), endpoints.values().stream().map(ApiDocument.Endpoint::operationId).distinct().count());
        assertEquals("couponAdminOne", endpoints.get("GET /api/admin/coupons/{code}").operationId());
        assertEquals("reviewModerationPublish", endpoints.get("POST /api/admin/reviews/{id}/publish").operationId());
        assertEquals(Optional.of(List.of("ADMIN", "FULFILMENT")), endpoints.get("POST /api/admin/orders/{number}/shipment").roles(),
                "a method's own roles win over its class's");
        assertEquals(Optional.of(List.of("ADMIN", "FULFILMENT", "SUPPORT")), endpoints.get("GET /api/admin/orders").roles());
        assertEquals(Optional.empty(), endpoints.get("GET /api/products/{slug}").roles(), "public");
        assertEquals(Optional.of(List.of()), endpoints.get("POST /api/auth/logout").roles(), "any signed-in account");
        assertEquals(Optional.of(List.of("CUSTOMER")), endpoints.get("POST /api/products/{slug}/reviews").roles());
        // every /api/admin operation needs a staff role, every /api/me one a token
        endpoints.forEach((key, endpoint) -> {
            if (key.contains(" /api/admin/")) {
                assertTrue(endpoint.roles().isPresent() && !endpoint.roles().get().isEmpty()
                        && !endpoint.roles().get().contains("CUSTOMER"), key + " is for staff: " + endpoint.roles());
            }
            if (key.contains(" /api/me")) {
                assertTrue(endpoint.roles().isPresent(), key + " needs a token");
            }
        });
        assertTrue(Set.of(OrderAdminResource.class, ProductResource.class, AuthResource.class).stream().allMatch(ApiResources.CLASSES::contains));
    }

    /**
     * A method that answers a {@code Response} hides its body's type from the document: each of its
     * 2xx answers with a body (all but 204) names it in {@code @APIResponse(content = ...)}.
     */
    @Test
    void everyResponseMethodDocumentsTheBodyOfItsSuccess() {
        List<String> undocumented = new java.util.ArrayList<>();
        for (ApiDocument.Endpoint endpoint : ApiDocument.endpoints().values()) {
            java.lang.reflect.Method method = endpoint.method();
            if (method.getReturnType() != jakarta.ws.rs.core.Response.class
                    || method.isAnnotationPresent(org.eclipse.microprofile.openapi.annotations.Operation.class)
                    && method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class).hidden()) {
                continue;
            }
            var answers = method.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class);
            boolean success = false;
            for (var answer : answers) {
                if (answer.responseCode().startsWith("2") || answer.responseCode().startsWith("3")) {
                    success = true;
                    if (answer.responseCode().startsWith("2") && !answer.responseCode().equals("204") && answer.content().length == 0) {
                        undocumented.add(endpoint.operationId() + " " + answer.responseCode());
                    }
                }
            }
            if (!success) {
                undocumented.add(endpoint.operationId() + " (no success answer)");
            }
        }
        assertEquals(List.of(), undocumented, "Response methods whose success body the document would not know");
    }

    @Test
    void templatesLoseTheirRegularExpressions() {
        assertEquals("/api/admin/reviews/{id}/publish", ApiDocument.template("/api/admin/reviews/{id: [0-9]{1,18}}/publish"));
        assertEquals("/api/me/addresses/{id}", ApiDocument.template("/api//me/addresses/{ id : \\d+ }/"));
        assertEquals("/api/products", ApiDocument.template("/api/products/"));
        assertEquals("/api/images/{hash}", ApiDocument.template("/api/images/{hash}"));
    }
}
