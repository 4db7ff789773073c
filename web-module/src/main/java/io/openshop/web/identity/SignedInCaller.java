package io.openshop.web.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who signed in to this HTTP session, with their groups, kept as a session attribute. The
 * container's own memory of a form sign-in (the principal Payara registers in the session) keeps
 * the caller's groups in a security context that is not serialized, so after a failover to
 * another instance of a cluster the caller came back without them and every protected page
 * answered 403; this record is plain data and moves with the session.
 */
public record SignedInCaller(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = "io.openshop.identity.signed-in";

    public SignedInCaller {
        groups = new TreeSet<>(groups);
    }
}
