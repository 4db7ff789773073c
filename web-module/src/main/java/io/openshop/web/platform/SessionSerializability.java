package io.openshop.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Tells when something put into an HTTP session could not move to another instance. In a cluster
 * Payara replicates sessions through Hazelcast by serializing their attributes, and an attribute
 * that cannot be serialized is not refused: it is silently missing after a failover. So, with
 * {@code shop.session.check-serialization} on (the cluster and the tests turn it on), every
 * attribute set is serialized here once more, and one that fails is logged as SEVERE, once for
 * each attribute name and class, naming what was not serializable. It serializes as Payara's
 * replication does (GlassFishObjectOutputStream): references to EJBs (which implement Payara's
 * {@code IndirectlySerializable}) and JNDI contexts are written by the container as a factory that
 * finds them again on the other instance, so they are stood in for here.
 */
@WebListener
public class SessionSerializability implements HttpSessionAttributeListener {

    private static final Logger LOG = Logger.getLogger(SessionSerializability.class.getName());
    static final String SETTING = "shop.session.check-serialization";
    /** What Payara's own object stream writes in its own way (EJB references, naming contexts). */
    static final Set<String> CONTAINER_SERIALIZED = Set.of("com.sun.enterprise.container.common.spi.util.IndirectlySerializable",
            "javax.naming.Context");

    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private volatile Boolean enabled;

    @Inject
    Config config;

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        check(event.getName(), event.getValue());
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        // the event carries the old value; the session holds the new one
        check(event.getName(), event.getSession().getAttribute(event.getName()));
    }

    private void check(String name, Object value) {
        if (value == null || !enabled()) {
            return;
        }
        String problem = problem(value, CONTAINER_SERIALIZED);
        if (problem != null && reported.add(name + " " + value.getClass().getName())) {
            LOG.severe(() -> "The session attribute " + name + " (" + value.getClass().getName()
                    + ") cannot be serialized, so a failover to another instance would lose it: " + problem);
        }
    }

    /**
     * Why this value cannot be serialized, or null when it can; objects implementing one of these
     * interfaces (by name) count as serializable, as the container writes them itself.
     */
    static String problem(Object value, Set<String> containerSerialized) {
        if (!(value instanceof Serializable) && !implementsAny(value.getClass(), containerSerialized)) {
            return value.getClass().getName() + " is not Serializable";
        }
        try (ObjectOutputStream out = new ContainerLikeStream(containerSerialized)) {
            out.writeObject(value);
            return null;
        } catch (IOException | RuntimeException e) {
            return e.toString();
        }
    }

    private static boolean implementsAny(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (names.contains(i.getName()) || implementsAny(i, names)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Writes nowhere, and writes what the container serializes itself as a marker. */
    private static final class ContainerLikeStream extends ObjectOutputStream {

        private final Set<String> containerSerialized;

        ContainerLikeStream(Set<String> containerSerialized) throws IOException {
            super(OutputStream.nullOutputStream());
            this.containerSerialized = containerSerialized;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            return object != null && implementsAny(object.getClass(), containerSerialized) ? "(written by the container)" : object;
        }
    }

    private boolean enabled() {
        Boolean current = enabled;
        if (current == null) {
            current = config.getOptionalValue(SETTING, Boolean.class).orElse(false);
            enabled = current;
        }
        return current;
    }
}
