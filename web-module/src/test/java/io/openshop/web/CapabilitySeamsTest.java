package io.openshop.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the capability seams of STYLE.md: one capability name in every module, so that a feature
 * can be followed from page to table, and one JAX-RS resource class for each URL path.
 */
class CapabilitySeamsTest {

    private static final String WEB = "io.openshop.web";
    private static final String SERVICE = "io.openshop.service";
    private static final String DOMAIN = "io.openshop.domain";
    /** What every capability stands on, in each module, without being a capability itself. */
    private static final Set<String> PLATFORM = Set.of("platform", "shared");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ShopClasses.all();
    }

    /** The first package below a module's root ("catalog" of io.openshop.web.catalog.ProductPage), or "" directly in it. */
    private static String capability(JavaClass c, String root) {
        String rest = c.getPackageName().length() > root.length() ? c.getPackageName().substring(root.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static Set<String> capabilities(String root) {
        return classes.stream().filter(c -> c.getPackageName().startsWith(root + "."))
                .map(c -> capability(c, root)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isPackageInfo(JavaClass c) {
        return c.getSimpleName().equals("package-info");
    }

    @Test
    void everyWebClassSitsInACapabilityOrThePlatform() {
        List<String> misplaced = classes.stream()
                .filter(c -> c.getPackageName().startsWith(WEB) && !isPackageInfo(c))
                .filter(c -> {
                    String capability = capability(c, WEB);
                    return capability.isEmpty() || !(PLATFORM.contains(capability) || capabilities(SERVICE).contains(capability));
                })
                .map(JavaClass::getName).sorted().toList();
        assertTrue(capabilities(WEB).contains("catalog"), "web classes were imported");
        assertEquals(List.of(), misplaced,
                "web classes outside web.<capability> (a capability the EJB module has too) or web.platform");
    }

    @Test
    void everyServiceCapabilityHasItsDomainPackage() {
        Set<String> missing = new TreeSet<>(capabilities(SERVICE));
        missing.removeAll(PLATFORM);
        missing.removeAll(capabilities(DOMAIN));
        assertEquals(Set.of(), missing, "EJB capabilities without a domain package of the same name");
        List<String> loose = classes.stream()
                .filter(c -> (c.getPackageName().equals(SERVICE) || c.getPackageName().equals(DOMAIN)) && !isPackageInfo(c))
                .map(JavaClass::getName).toList();
        assertEquals(List.of(), loose, "classes directly in a module's root package instead of a capability");
    }

    @Test
    void theAuditTrailAndCouponsHaveCapabilitiesOfTheirOwn() {
        assertEquals(Set.of("audit"), packagesOf("AuditTrail", DOMAIN), "the audit trail's contract");
        assertEquals(Set.of("audit"), packagesOf("AuditLogService", SERVICE), "the audit log's boundary");
        assertEquals(Set.of("promotion"), packagesOf("Coupon", DOMAIN), "the coupon aggregate");
        assertEquals(Set.of("promotion"), packagesOf("CouponRepository", DOMAIN), "the coupon repository");
    }

    private static Set<String> packagesOf(String simpleName, String root) {
        return classes.stream().filter(c -> c.getSimpleName().equals(simpleName) && c.getPackageName().startsWith(root + "."))
                .map(c -> capability(c, root)).collect(Collectors.toSet());
    }

    /**
     * Two root resources on one path work only because Jersey merges them; another JAX-RS
     * implementation may pick one class and answer 404/405 for the other's methods. Every URL
     * template (class path plus method path, parameter names ignored) belongs to one class.
     */
    @Test
    void oneResourceClassPerUrlPath() throws ClassNotFoundException {
        Map<String, Set<String>> classesByTemplate = new TreeMap<>();
        Map<String, Set<String>> classesByRoot = new TreeMap<>();
        int methods = 0;
        for (JavaClass c : classes) {
            if (!c.getPackageName().startsWith(WEB) || !c.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = Class.forName(c.getName());
            String root = template(resource.getAnnotation(Path.class).value());
            classesByRoot.computeIfAbsent(root, k -> new TreeSet<>()).add(resource.getName());
            for (Method m : resource.getMethods()) {
                Path sub = m.getAnnotation(Path.class);
                if (sub == null && httpMethod(m) == null) {
                    continue;
                }
                methods++;
                String full = sub == null ? root : template(root + "/" + sub.value());
                classesByTemplate.computeIfAbsent(full, k -> new TreeSet<>()).add(resource.getName());
            }
        }
        assertTrue(methods > 50, "resource methods were found: " + methods);
        assertEquals(Map.of(), shared(classesByRoot), "root resource classes sharing a @Path");
        assertEquals(Map.of(), shared(classesByTemplate), "URL templates served by more than one resource class");
    }

    private static Map<String, Set<String>> shared(Map<String, Set<String>> byPath) {
        return byPath.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    /** "admin/orders/{number}/" and "/admin/orders/{id}" are one template: "admin/orders/{}". */
    static String template(String path) {
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                segments.add(s.startsWith("{") ? "{}" : s);
            }
        }
        return String.join("/", segments);
    }

    private static Class<? extends Annotation> httpMethod(Method m) {
        for (Class<? extends Annotation> a : List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class, OPTIONS.class)) {
            if (m.isAnnotationPresent(a)) {
                return a;
            }
        }
        return null;
    }
}
