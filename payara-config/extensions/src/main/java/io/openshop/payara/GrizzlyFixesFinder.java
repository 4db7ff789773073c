package io.openshop.payara;

import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.HttpCodecFilter;
import org.glassfish.grizzly.portunif.PUContext;
import org.glassfish.grizzly.portunif.PUFilter;
import org.glassfish.grizzly.portunif.PUProtocol;
import org.glassfish.grizzly.portunif.ProtocolFinder;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The one protocol finder of a port-unification protocol in front of an HTTP listener
 * (payara-config/domain.asadmin): it takes every connection for HTTP, and the first time it runs
 * it attaches a {@link GrizzlyFixesProbe} to each HTTP codec of the listener's filter chains, which
 * removes dot segments from request paths and declines h2c upgrades (see there why). Payara loads
 * network-listener classes only at such configuration points (finders, filters, thread pools), and
 * a finder is the one that reaches the HTTP filter chain; the probe then sees every request,
 * kept-alive ones included. The finder is sticky (Grizzly's default), so it runs once per
 * connection and never touches the bytes.
 *
 * <p>Remove it, and its lines in domain.asadmin, once Payara's Grizzly no longer fails on such
 * paths: {@code GrizzlyFixesTest} and the dot-segment probe of {@code AttackProbesIT} tell.
 */
public class GrizzlyFixesFinder implements ProtocolFinder {

    /** The chains already walked and the codecs already given the probe; guarded by this. */
    private final Set<Object> equipped = Collections.newSetFromMap(new IdentityHashMap<>());
    private volatile FilterChain lastEquipped;

    @Override
    public Result find(PUContext puContext, FilterChainContext ctx) {
        FilterChain chain = ctx.getFilterChain();
        if (chain != null && chain != lastEquipped) {
            synchronized (this) { // the first connections wait until the probe is in place
                equip(chain);
                lastEquipped = chain;
            }
        }
        return Result.FOUND;
    }

    /** Attaches the probe to every HTTP codec of the chain and of the chains port unification leads to, once each. */
    synchronized void equip(FilterChain chain) {
        if (!equipped.add(chain)) {
            return;
        }
        for (Filter filter : chain) {
            if (filter instanceof HttpCodecFilter http) {
                if (equipped.add(http)) {
                    http.getMonitoringConfig().addProbes(new GrizzlyFixesProbe(http));
                }
            } else if (filter instanceof PUFilter unification) {
                for (PUProtocol protocol : unification.getProtocols()) {
                    if (protocol.getFilterChain() != null) {
                        equip(protocol.getFilterChain());
                    }
                }
            }
        }
    }
}
