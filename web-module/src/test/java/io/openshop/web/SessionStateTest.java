package io.openshop.web;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What lives in an HTTP session can move to another instance of a cluster only if it serializes
 * (Payara replicates sessions by serializing them and drops, silently, what does not). View- and
 * session-scoped beans live in the session, with everything their fields hold: the shop's own
 * types among them (a page's rows, a query, a form) must be Serializable, all the way down.
 * Fields the container injects are its proxies, which it serializes itself.
 */
class SessionStateTest {

    @Test
    void everythingAViewOrSessionScopedBeanHoldsIsSerializable() throws Exception {
        Set<String> problems = new TreeSet<>();
        List<Class<?>> beans = ShopClasses.all().stream()
                .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class))
                .map(JavaClass::reflect).toList();
        assertTrue(beans.size() >= 10, "the pages were found: " + beans);
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            check(bean, bean.getSimpleName(), seen, problems);
        }
        assertEquals(Set.of(), problems);
    }

    /** Checks the fields of one of the shop's classes, and of the shop's classes they hold. */
    private static void check(Class<?> type, String path, Set<Class<?>> seen, Set<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith("io.openshop."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), seen, problems);
                // an anonymous or inner class assigned here (a PrimeFaces LazyDataModel) is checked through its type arguments
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> seen, Set<String> problems) {
        if (type instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, seen, problems);
            for (Type argument : p.getActualTypeArguments()) {
                checkType(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkType(bound, path, seen, problems);
            }
        } else if (type instanceof TypeVariable<?>) {
            // bound where the variable is used
        } else if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c == Object.class) {
                return;
            }
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", seen, problems);
                return;
            }
            boolean ours = c.getName().startsWith("io.openshop.");
            // the JDK's collection interfaces are fine: the implementations the pages use serialize
            if (!Serializable.class.isAssignableFrom(c) && (ours || !c.isInterface())) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
            }
            if (ours) {
                check(c, c.getSimpleName(), seen, problems);
            }
        }
    }
}
