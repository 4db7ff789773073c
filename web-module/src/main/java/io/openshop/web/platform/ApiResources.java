package io.openshop.web.platform;

import io.openshop.web.analytics.AnalyticsAdminResource;
import io.openshop.web.analytics.ConsentResource;
import io.openshop.web.analytics.ReportResource;
import io.openshop.web.audit.AuditLogResource;
import io.openshop.web.cart.CartResource;
import io.openshop.web.cart.MyCartResource;
import io.openshop.web.catalog.CatalogAdminResource;
import io.openshop.web.catalog.CatalogExportResource;
import io.openshop.web.catalog.CatalogImportResource;
import io.openshop.web.catalog.CategoryResource;
import io.openshop.web.catalog.ImageResource;
import io.openshop.web.catalog.ProductResource;
import io.openshop.web.catalog.SearchResource;
import io.openshop.web.checkout.CheckoutResource;
import io.openshop.web.feed.FeedAdminResource;
import io.openshop.web.identity.AddressBookResource;
import io.openshop.web.identity.AuthResource;
import io.openshop.web.identity.CustomerAdminResource;
import io.openshop.web.identity.MeResource;
import io.openshop.web.identity.PersonalDataAdminResource;
import io.openshop.web.identity.StaffAdminResource;
import io.openshop.web.integration.WebhookAdminResource;
import io.openshop.web.inventory.InventoryAdminResource;
import io.openshop.web.order.MyOrdersResource;
import io.openshop.web.order.OrderAdminResource;
import io.openshop.web.order.OrderResource;
import io.openshop.web.payment.PaymentWebhookResource;
import io.openshop.web.promotion.CouponAdminResource;
import io.openshop.web.review.ProductReviewResource;
import io.openshop.web.review.ReviewModerationResource;
import io.openshop.web.workflow.WorkflowAdminResource;

import java.util.List;

/**
 * The API's resource classes, for {@link ApiDocument} to describe each operation from its method
 * and for {@link ShopApi} to register (nothing is found by scanning). ApiDocumentTest fails when a resource class is missing.
 */
final class ApiResources {

    static final List<Class<?>> CLASSES = List.of(
            AnalyticsAdminResource.class, ConsentResource.class, ReportResource.class, AuditLogResource.class,
            CartResource.class, MyCartResource.class,
            CatalogAdminResource.class, CatalogExportResource.class, CatalogImportResource.class, CategoryResource.class, ImageResource.class, ProductResource.class, SearchResource.class,
            CheckoutResource.class, FeedAdminResource.class,
            AddressBookResource.class, AuthResource.class, CustomerAdminResource.class, MeResource.class,
            PersonalDataAdminResource.class, StaffAdminResource.class,
            WebhookAdminResource.class, InventoryAdminResource.class,
            MyOrdersResource.class, OrderAdminResource.class, OrderResource.class, PaymentWebhookResource.class,
            CouponAdminResource.class, ProductReviewResource.class, ReviewModerationResource.class, WorkflowAdminResource.class);

    private ApiResources() {
    }
}
