package io.openshop.systemtest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog administration API, from outside: nobody unauthenticated changes anything. */
@ExtendWith(ArquillianExtension.class)
class CatalogAdminApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return DeploymentSupport.shopEar();
    }

    @Test
    void anAnonymousCallerChangesNothing() throws Exception {
        long products = DatabaseSupport.count("select count(*) from product");
        HttpResponse<String> created = HttpSupport.send("POST", "/api/admin/catalog/products",
                "{\"category\":\"tops\",\"slug\":\"anonymous-shirt\",\"sku\":\"ANON-1\",\"name\":\"Anon\",\"price\":1,\"currency\":\"EUR\"}");
        assertUnauthorised(created);
        HttpResponse<String> moved = HttpSupport.send("PUT", "/api/admin/catalog/categories/tops/parent", "{\"parent\":\"footwear\"}");
        assertUnauthorised(moved);
        HttpResponse<String> repriced = HttpSupport.send("PUT", "/api/admin/catalog/products/organic-cotton-t-shirt",
                "{\"name\":\"Cheap\",\"price\":0.01,\"currency\":\"EUR\"}", "If-Match", "\"0\"");
        assertUnauthorised(repriced);
        assertEquals(products, DatabaseSupport.count("select count(*) from product"), "no product was added");
        assertEquals(1, DatabaseSupport.count("select count(*) from category c join category p on p.id = c.parent_id"
                + " where c.slug = 'tops' and p.slug = 'apparel'"), "tops stayed under apparel");
        assertEquals(0, DatabaseSupport.count("select count(*) from product where name = 'Cheap'"), "nothing was repriced");
    }

    private static void assertUnauthorised(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 401 || response.statusCode() == 403,
                "refused, not " + response.statusCode() + ": " + response.body());
        assertTrue(HttpSupport.contentType(response).startsWith("application/problem+json"), HttpSupport.contentType(response));
        assertTrue(!response.body().contains("Exception") && !response.body().contains("at io.openshop"),
                "no stack trace: " + response.body());
    }
}
