package io.openshop.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Email delivery as metrics: {@code shop_mails_total{result="sent"}}, counted once the email is
 * marked sent (committed), and {@code {result="failed"}}, every attempt the SMTP server did not
 * take (the workflow retries, then parks the step).
 */
@ApplicationScoped
public class MailMetrics {

    static final Metadata MAILS = Metadata.builder().withName("shop.mails")
            .withDescription("Email delivery attempts by result: sent (committed) or failed (SMTP refused or unreachable)").build();

    @Inject
    MetricRegistry registry;

    /** Both series at zero from the start. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.counter(MAILS, new Tag("result", "sent"));
        registry.counter(MAILS, new Tag("result", "failed"));
    }

    void onSent(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailDelivery.Attempt.Sent sent) {
        registry.counter(MAILS, new Tag("result", "sent")).inc();
    }

    void onFailed(@Observes MailDelivery.Attempt.Failed failed) {
        registry.counter(MAILS, new Tag("result", "failed")).inc();
    }
}
