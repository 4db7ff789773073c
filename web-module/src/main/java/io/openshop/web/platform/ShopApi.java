package io.openshop.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The shop's REST API, under /api. Resources and exception mappers are discovered by scanning. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "OpenShop API", version = "1",
        description = "Catalog, cart, checkout and orders of the shop. Errors are application/problem+json (RFC 9457)."))
public class ShopApi extends Application {
}
