package io.openshop.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.io.IOException;

/**
 * Counts the application's answers by status class, {@code shop_http_responses_total{class="5xx"}}
 * and so on, for the error-rate alert (docs/operations.md): every request the application
 * serves, pages, API and resources, once, when its answer is known (after an asynchronous
 * request, when it completes). An exception that escapes the application counts as 5xx. Answers
 * the authentication mechanism gives before any filter runs (a 401 for a bad token, the redirect
 * to the sign-in form) are not seen here, and neither are the operations endpoints Payara serves
 * inside the application ({@code /metrics}, {@code /health}): a scrape every few seconds would
 * dilute the error rate.
 */
@WebFilter(filterName = "responseMetrics", urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class ResponseMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Metadata RESPONSES = Metadata.builder().withName("shop.http.responses")
            .withDescription("Answers of the application by status class (1xx to 5xx)").build();

    @Inject
    transient MetricRegistry registry;

    private transient Counter[] byClass;

    @Override
    public void init() {
        byClass = new Counter[5];
        for (int i = 0; i < 5; i++) {
            byClass[i] = registry.counter(RESPONSES, new Tag("class", (i + 1) + "xx"));
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/metrics") || path.startsWith("/health")) {
            chain.doFilter(request, response);
            return;
        }
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (failed) {
                byClass[4].inc();
            } else if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new AsyncListener() {
                    @Override
                    public void onComplete(AsyncEvent event) {
                        count(((HttpServletResponse) event.getSuppliedResponse()).getStatus());
                    }

                    @Override
                    public void onTimeout(AsyncEvent event) {
                    }

                    @Override
                    public void onError(AsyncEvent event) {
                    }

                    @Override
                    public void onStartAsync(AsyncEvent event) {
                    }
                });
            } else {
                count(response.getStatus());
            }
        }
    }

    private void count(int status) {
        int index = status / 100 - 1;
        byClass[index < 0 || index > 4 ? 4 : index].inc();
    }
}
