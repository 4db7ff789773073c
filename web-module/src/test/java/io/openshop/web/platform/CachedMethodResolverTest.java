package io.openshop.web.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELManager;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The method cache resolves what EL's own BeanELResolver would, to the same results, and leaves the rest to it. */
class CachedMethodResolverTest {

    public enum Sort { NEWEST, PRICE }

    public record Facet(String key, long count) {
    }

    public static class Listing {
        public String link(String name, String value) {
            return name + "=" + value;
        }

        public int twice(int n) {
            return 2 * n;
        }

        public String sortLabel(Sort sort) {
            return sort.name().toLowerCase();
        }

        public String overloaded(String s) {
            return "string " + s;
        }

        public String overloaded(BigDecimal d) {
            return "decimal " + d;
        }

        public String joined(String... parts) {
            return String.join("+", parts);
        }

        public String fails() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    static class Hidden {
        public String secret() {
            return "hidden";
        }
    }

    private final CachedMethodResolver resolver = new CachedMethodResolver();
    private ExpressionFactory factory;
    private StandardELContext context;

    @BeforeEach
    void setUp() {
        factory = ELManager.getExpressionFactory();
        context = new StandardELContext(factory);
        context.addELResolver(resolver);
        context.getVariableMapper().setVariable("listing", factory.createValueExpression(new Listing(), Listing.class));
        context.getVariableMapper().setVariable("facets", factory.createValueExpression(
                List.of(new Facet("shirts", 12), new Facet("shoes", 3)), List.class));
        context.getVariableMapper().setVariable("hidden", factory.createValueExpression(new Hidden(), Hidden.class));
    }

    private Object eval(String expression) {
        return factory.createValueExpression(context, expression, Object.class).getValue(context);
    }

    @Test
    void aCallInAnExpressionIsResolvedHereWithItsArgumentsCoerced() {
        ELContext direct = new StandardELContext(factory);
        Object result = resolver.invoke(direct, new Listing(), "twice", null, new Object[] {"21"});
        assertEquals(42, result);
        assertTrue(direct.isPropertyResolved(), "resolved by the cache, not passed on");

        assertEquals("c=shirts", eval("${listing.link('c', facets[0].key())}"));
        assertEquals(12L, eval("${facets[0].count()}"));
        assertEquals("price", eval("${listing.sortLabel('PRICE')}"), "a string coerced to the enum, as EL does");
        assertEquals("price=", eval("${listing.link('price', null)}"), "null coerced to a String as EL does: empty");
    }

    @Test
    void theSameMethodIsCalledAgainWithOtherArguments() {
        assertEquals("c=shirts", eval("${listing.link('c', 'shirts')}"));
        assertEquals("sort=price", eval("${listing.link('sort', 'price')}"));
        assertEquals(8, eval("${listing.twice(4)}"));
    }

    @Test
    void overloadsVarargsHiddenClassesAndDeclaredParameterTypesAreLeftToTheResolversBehind() {
        ELContext direct = new StandardELContext(factory);
        assertNull(resolver.invoke(direct, new Listing(), "overloaded", null, new Object[] {"x"}));
        assertFalse(direct.isPropertyResolved());
        assertNull(resolver.invoke(direct, new Listing(), "joined", null, new Object[] {"a", "b"}));
        assertFalse(direct.isPropertyResolved());
        assertNull(resolver.invoke(direct, new Hidden(), "secret", null, new Object[0]));
        assertFalse(direct.isPropertyResolved());
        assertNull(resolver.invoke(direct, new Listing(), "twice", new Class<?>[] {int.class}, new Object[] {1}));
        assertFalse(direct.isPropertyResolved());
        assertNull(resolver.invoke(direct, new Listing(), "noSuchMethod", null, new Object[0]));
        assertFalse(direct.isPropertyResolved());

        // and EL's own BeanELResolver still answers them through the full chain
        assertEquals("string x", eval("${listing.overloaded('x')}"));
    }

    @Test
    void anExceptionOfTheMethodComesOutAsAnELExceptionWithItsCause() {
        ELException e = assertThrows(ELException.class, () -> eval("${listing.fails()}"));
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof IllegalStateException)) {
            cause = cause.getCause();
        }
        assertInstanceOf(IllegalStateException.class, cause);
        assertEquals("broken on purpose", cause.getMessage());
    }
}
