package io.openshop.web.platform;

import jakarta.ws.rs.ApplicationPath;
import java.util.HashSet;
import java.util.Set;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The shop's REST API, under /api: the resources of {@link ApiResources} and the providers of
 * {@link #PROVIDERS}, named rather than found by scanning. Scanning took in every class of the EAR
 * with a JAX-RS annotation on a method, the providers' MicroProfile Rest Client interfaces of the
 * EJB module too, and Jersey warned on every deployment that it could not instantiate them.
 * ApiDocumentTest keeps both lists complete.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "OpenShop API", version = "1",
        description = "Catalog, cart, checkout and orders of the shop. Errors are application/problem+json (RFC 9457)."),
        tags = {
        @Tag(name = "Account", description = "The signed-in customer: profile, addresses, orders, cart, personal data"),
        @Tag(name = "Analytics", description = "Sales dashboard and daily roll-ups for the back office"),
        @Tag(name = "Authentication", description = "Bearer tokens for API clients"),
        @Tag(name = "Cart", description = "Guest carts by token, and adding to, changing and removing their lines"),
        @Tag(name = "Catalog", description = "Products, categories, search and pictures, as shoppers see them"),
        @Tag(name = "Catalog administration", description = "Creating and changing products, variants, prices, pictures and categories"),
        @Tag(name = "Checkout", description = "Placing an order from a cart"),
        @Tag(name = "Coupons", description = "Discount codes"),
        @Tag(name = "Customers", description = "The customer desk: finding, disabling and exporting customer accounts"),
        @Tag(name = "Feeds", description = "Sitemap and marketplace feed generation"),
        @Tag(name = "Inventory", description = "Stock per warehouse: levels, adjustments, movements and bulk synchronisation"),
        @Tag(name = "Orders", description = "Orders: a guest's own by number and email, and the order desk's workflow"),
        @Tag(name = "Payments", description = "Payment provider notifications"),
        @Tag(name = "Privacy", description = "Consent and personal data"),
        @Tag(name = "Reviews", description = "Product reviews and their moderation"),
        @Tag(name = "Staff", description = "Back-office accounts and their roles"),
        @Tag(name = "Webhooks", description = "Subscriptions to domain events and their delivery log"),
        @Tag(name = "Workflow", description = "Steps that run after a commit, and replaying parked ones")})
public class ShopApi extends Application {

    /** The API's exception mappers, its role check and the mark of its public reads. */
    static final Set<Class<?>> PROVIDERS = Set.of(DomainExceptionMapper.class, AccessDeniedMapper.class, UnreadableBodyMapper.class,
            UnexpectedExceptionMapper.class, WebApplicationExceptionMapper.class, ApiRoles.class, PublicReadMarker.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(ApiResources.CLASSES);
        classes.addAll(PROVIDERS);
        return classes;
    }
}
