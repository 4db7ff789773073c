package io.openshop.web.platform;

import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionSerializabilityTest {

    static final class Plain {
    }

    /** Stands in for Payara's IndirectlySerializable, which its EJB references implement. */
    interface WrittenByTheContainer {
    }

    static final class EjbReference implements WrittenByTheContainer {
    }

    static final Set<String> CONTAINER = Set.of(WrittenByTheContainer.class.getName());

    static final class Holder implements Serializable {
        private static final long serialVersionUID = 1L;
        final List<Object> items = new ArrayList<>();
    }

    @Test
    void whatSerializesPasses() {
        assertNull(SessionSerializability.problem("a cart token", CONTAINER));
        assertNull(SessionSerializability.problem(Boolean.TRUE, CONTAINER));
        Holder holder = new Holder();
        holder.items.add("text");
        assertNull(SessionSerializability.problem(holder, CONTAINER));
    }

    @Test
    void aValueThatIsNotSerializableIsNamed() {
        String problem = SessionSerializability.problem(new Plain(), CONTAINER);
        assertNotNull(problem);
        assertTrue(problem.contains(Plain.class.getName()), problem);
    }

    @Test
    void aSerializableValueHoldingOneThatIsNotIsCaughtToo() {
        Holder holder = new Holder();
        holder.items.add(new Plain());
        String problem = SessionSerializability.problem(holder, CONTAINER);
        assertNotNull(problem, "instanceof Serializable alone would let this through");
        assertTrue(problem.contains("NotSerializableException") && problem.contains(Plain.class.getName()), problem);
    }

    @Test
    void whatTheContainerWritesItselfPassesWhereverItSits() {
        assertNull(SessionSerializability.problem(new EjbReference(), CONTAINER), "an EJB reference as the attribute");
        Holder bean = new Holder();
        bean.items.add(new EjbReference());
        assertNull(SessionSerializability.problem(bean, CONTAINER), "an EJB reference inside a view-scoped bean");
        assertNotNull(SessionSerializability.problem(bean, Set.of()), "not without the container's rule");
    }
}
