package io.openshop.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the dependencies pointing one way, web → ejb → domain, over the compiled classes of
 * all three modules (the web module's test class path holds the other two).
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ShopClasses.all();
    }

    @Test
    void allThreeLayersAreOnTheClassPath() {
        // Without this, the rules below would pass vacuously on a class path missing a module.
        assertTrue(classes.containPackage("io.openshop.domain.catalog"), "domain classes imported");
        assertTrue(classes.containPackage("io.openshop.service.catalog"), "EJB classes imported");
        assertTrue(classes.containPackage("io.openshop.web.catalog"), "web classes imported");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("web").definedBy("io.openshop.web..")
                .layer("ejb").definedBy("io.openshop.service..")
                .layer("domain").definedBy("io.openshop.domain..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("ejb").mayOnlyBeAccessedByLayers("web")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("ejb", "web")
                .check(classes);
    }

    @Test
    void theDomainUsesNoContainerServicesButPersistence() {
        noClasses().that().resideInAPackage("io.openshop.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ejb..", "jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..",
                        "jakarta.enterprise..", "jakarta.inject..", "org.eclipse.microprofile..", "org.primefaces..")
                .check(classes);
    }

    @Test
    void infrastructureStaysBehindTheBoundaries() {
        noClasses().that().resideInAPackage("io.openshop.web..")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .check(classes);
        noClasses().that().resideInAPackage("io.openshop.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.flywaydb..")
                .check(classes);
    }

    /**
     * Boundaries return records: no web class (page bean, resource, response) holds a JPA entity,
     * so nothing in a page reads a lazy relation after the transaction that loaded it, and what a
     * page or client sees is decided by the EJB that maps it, not by the entity's getters.
     */
    @Test
    void webClassesNeverSeeEntities() {
        assertTrue(classes.get("io.openshop.domain.catalog.Product").isAnnotatedWith("jakarta.persistence.Entity"),
                "the entities are recognised");
        noClasses().that().resideInAPackage("io.openshop.web..")
                .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                .because("boundaries return view records (STYLE.md), built inside the transaction")
                .check(classes);
    }

    /**
     * Every EJB boundary says who may call it: each public method of a session bean in the service
     * layer carries {@code @RolesAllowed}, {@code @PermitAll} or {@code @DenyAll}, itself or through
     * its class. A new method without one fails here instead of being open by default.
     */
    @Test
    void everyPublicMethodOfASessionBeanDeclaresWhoMayCallIt() {
        Set<String> beans = Set.of("jakarta.ejb.Stateless", "jakarta.ejb.Singleton", "jakarta.ejb.Stateful");
        Set<String> security = Set.of("jakarta.annotation.security.RolesAllowed", "jakarta.annotation.security.PermitAll",
                "jakarta.annotation.security.DenyAll");
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (JavaClass bean : classes) {
            if (!bean.getPackageName().startsWith("io.openshop.service")
                    || beans.stream().noneMatch(bean::isAnnotatedWith)) {
                continue;
            }
            boolean classLevel = security.stream().anyMatch(bean::isAnnotatedWith);
            for (JavaMethod method : bean.getMethods()) {
                if (!method.getModifiers().contains(JavaModifier.PUBLIC) || method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        || method.getModifiers().contains(JavaModifier.BRIDGE)) {
                    continue;
                }
                checked++;
                if (!classLevel && security.stream().noneMatch(method::isAnnotatedWith)) {
                    open.add(method.getFullName());
                }
            }
        }
        assertTrue(checked > 50, "the session beans' methods were found: " + checked);
        assertEquals(List.of(), open, "public EJB methods without @RolesAllowed, @PermitAll or @DenyAll");
    }
}
