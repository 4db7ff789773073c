package io.openshop.web.platform;

import io.openshop.domain.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Map;

/**
 * Which back-office pages the signed-in staff member may use, so that the menu offers only
 * those. The same roles as the page's security constraint in web.xml and the EJB service behind
 * it (the constraint and the service decide; this only keeps the menu honest).
 */
@Named
@RequestScoped
public class BackOfficeMenu {

    private static final Map<String, List<String>> PAGES = Map.of(
            "inventory", List.of(Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.FULFILMENT),
            "coupons", List.of(Roles.ADMIN, Roles.CATALOG_MANAGER),
            "prices", List.of(Roles.ADMIN, Roles.CATALOG_MANAGER),
            "imports", List.of(Roles.ADMIN, Roles.CATALOG_MANAGER),
            "reviews", List.of(Roles.ADMIN, Roles.CATALOG_MANAGER, Roles.SUPPORT),
            "orders", List.of(Roles.ADMIN, Roles.FULFILMENT, Roles.SUPPORT),
            "customers", List.of(Roles.ADMIN, Roles.SUPPORT),
            "workflow", List.of(Roles.ADMIN, Roles.SUPPORT),
            "staff", List.of(Roles.ADMIN));

    @Inject
    HttpServletRequest request;

    /** "page" for the menu's link to the page shown (its aria-current), "false" for the others. */
    public String current(String path) {
        String shown = request.getServletPath();
        boolean here = path.equals(shown) || path.endsWith("/") && shown.equals(path + "index.xhtml");
        return here ? "page" : "false";
    }

    /** Whether the caller holds a role that may use the page; an unknown page is no one's. */
    public boolean mayUse(String page) {
        return PAGES.getOrDefault(page, List.of()).stream().anyMatch(request::isUserInRole);
    }
}
