package io.openshop.web.platform;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Method calls in EL ({@code #{listing.link('c', f.key())}}, {@code #{offer.price()}}) with the
 * method looked up once per class, name and number of arguments instead of at every call.
 * <p>
 * Why: Jakarta EL 5's {@code BeanELResolver.invoke} finds the method anew at each call, through
 * {@code Class.getMethods()}, which copies every public method of the class. The storefront's
 * listing pages make a few hundred such calls per page (records have no bean properties in EL 5,
 * so their accessors are called as methods), and a profile of the JSF category page under load
 * put a sixth of its CPU time there.
 * <p>
 * Only the plain case is taken: a call written in an expression (no parameter types given), on an
 * object, to the single public method of that name and number of parameters, not varargs, of a
 * public type in an exported package. The arguments are coerced and the method invoked exactly as
 * {@code BeanELResolver} does it; every other case (overloads, varargs, method expressions with
 * declared parameter types, static calls) is left to the resolvers behind this one.
 */
public class CachedMethodResolver extends ELResolver {

    private static final ClassValue<ConcurrentMap<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || base instanceof ELClass || paramTypes != null || !(method instanceof String name)) {
            return null;
        }
        int arity = params == null ? 0 : params.length;
        Class<?> type = base.getClass();
        Optional<Method> found = METHODS.get(type).computeIfAbsent(name + '/' + arity, k -> unique(base, name, arity));
        if (found.isEmpty()) {
            return null;
        }
        Method target = found.get();
        Class<?>[] types = target.getParameterTypes();
        Object[] args = new Object[arity];
        for (int i = 0; i < arity; i++) {
            args[i] = context.convertToType(params[i], types[i]);
        }
        context.setPropertyResolved(base, method);
        try {
            return target.invoke(base, args);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    /**
     * The one public method of that name and arity of the base's class that may be called from
     * here, if there is exactly one. Whether it may be called depends on the class alone (it is a
     * public instance method), so the answer is kept per class.
     */
    static Optional<Method> unique(Object base, String name, int arity) {
        Class<?> type = base.getClass();
        List<Method> candidates = new ArrayList<>(1);
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == arity && !m.isBridge()) {
                candidates.add(m);
            }
        }
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        Method m = candidates.get(0);
        // canAccess: the declaring type is public, in an exported package, and so are its enclosing types
        if (m.isVarArgs() || Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getDeclaringClass().getModifiers())
                || !m.canAccess(base)) {
            return Optional.empty();
        }
        return Optional.of(m);
    }

    // Values are not this resolver's business: it resolves nothing but method calls.

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not resolved here
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
