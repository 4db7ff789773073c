package io.openshop.service.checkout.infrastructure;

import io.openshop.service.checkout.ProviderMetrics.Call;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/**
 * A circuit breaker per provider call, in this server's memory: when three of the last four calls
 * failed (a timeout, no connection, a 5xx; a 4xx is the provider refusing the request and does not
 * count), the circuit opens for 30 seconds and callers get their fallback at once without a
 * request; then one call is let through, and its success closes the circuit, its failure opens it
 * again. MicroProfile Fault Tolerance's {@code @CircuitBreaker} would do the same, but Payara 6's
 * implementation keeps a policy of the first deployment: after a redeployment of the application
 * every call through it failed with "WELD-001303: No active contexts" until the server restarted
 * (seen with ./shop deploy of a new version), so the shop counts for itself.
 */
@ApplicationScoped
public class ProviderCircuits {

    static final int WINDOW = 4;
    static final int FAILURES_TO_OPEN = 3;
    static final Duration OPEN_FOR = Duration.ofSeconds(30);

    private final Map<Call, Circuit> circuits = new EnumMap<>(Call.class);
    private final Clock clock;

    public ProviderCircuits() {
        this(Clock.systemUTC());
    }

    ProviderCircuits(Clock clock) {
        this.clock = clock;
        for (Call call : Call.values()) {
            circuits.put(call, new Circuit());
        }
    }

    /** Whether the call may go out now (closed, or half-open and this is its one trial). */
    public boolean allows(Call call) {
        return circuits.get(call).allows(clock.instant());
    }

    /** How a call that went out ended: a failure of the provider, or not. */
    public void record(Call call, boolean failed) {
        circuits.get(call).record(failed, clock.instant());
    }

    private static final class Circuit {
        private final Deque<Boolean> last = new ArrayDeque<>();
        private Instant openUntil;
        private boolean trialOut;

        synchronized boolean allows(Instant now) {
            if (openUntil == null) {
                return true;
            }
            if (now.isBefore(openUntil) || trialOut) {
                return false;
            }
            trialOut = true; // half-open: one call finds out
            return true;
        }

        synchronized void record(boolean failed, Instant now) {
            if (openUntil != null) {
                trialOut = false;
                if (failed) {
                    openUntil = now.plus(OPEN_FOR);
                } else {
                    openUntil = null;
                    last.clear();
                }
                return;
            }
            last.addLast(failed);
            if (last.size() > WINDOW) {
                last.removeFirst();
            }
            if (last.size() == WINDOW && last.stream().filter(f -> f).count() >= FAILURES_TO_OPEN) {
                openUntil = now.plus(OPEN_FOR);
                last.clear();
            }
        }
    }
}
