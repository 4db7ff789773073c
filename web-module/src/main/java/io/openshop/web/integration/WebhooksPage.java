package io.openshop.web.integration;

import io.openshop.domain.integration.EventType;
import io.openshop.domain.integration.WebhookDelivery;
import io.openshop.domain.shared.DomainException;
import io.openshop.service.integration.SubscriptionView;
import io.openshop.service.integration.WebhookService;
import io.openshop.web.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Webhooks in the back office (ADMIN): subscribe a URL to event types (the signing secret is
 * shown on this page once, right after), remove a subscription, read a subscriber's delivery log
 * and replay a delivery. The rules and the audit are WebhookService's.
 */
@Named
@ViewScoped
public class WebhooksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WebhookService webhooks;

    private List<SubscriptionView> subscriptions = List.of();
    private String url;
    private List<String> events = new ArrayList<>();
    /** The secret of the subscription just made: shown once, kept only for this view. */
    private String newSecret;
    private Long shown;
    private List<WebhookDelivery> deliveries = List.of();

    @PostConstruct
    void load() {
        subscriptions = webhooks.subscriptions();
    }

    public void subscribe() {
        try {
            WebhookService.NewSubscription made = webhooks.subscribe(url, events);
            newSecret = made.secret();
            Messages.done("Subscribed " + made.subscription().url() + ". Copy its signing secret now: it is not shown again.");
            url = null;
            events = new ArrayList<>();
            show(made.subscription().id());
        } catch (DomainException e) {
            Messages.refuse(e);
        }
        subscriptions = webhooks.subscriptions();
    }

    public void unsubscribe(long id) {
        try {
            SubscriptionView removed = webhooks.unsubscribe(id);
            Messages.done("No more deliveries to " + removed.url() + "; its log stays.");
        } catch (DomainException e) {
            Messages.refuse(e);
        }
        subscriptions = webhooks.subscriptions();
    }

    /** Shows a subscriber's delivery log. */
    public void show(long id) {
        shown = id;
        deliveries = webhooks.deliveries(id, 100);
    }

    public void replay(long deliveryId) {
        try {
            WebhookDelivery again = webhooks.replay(deliveryId);
            Messages.done("Delivery " + deliveryId + " replayed as delivery " + again.id() + ".");
            show(again.subscriptionId());
        } catch (DomainException e) {
            Messages.refuse(e);
        }
    }

    public List<SubscriptionView> getSubscriptions() {
        return subscriptions;
    }

    public List<String> getEventTypes() {
        return Arrays.stream(EventType.values()).map(Enum::name).toList();
    }

    public String events(SubscriptionView s) {
        return String.join(", ", s.events().stream().map(Enum::name).toList());
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public Long getShown() {
        return shown;
    }

    public List<WebhookDelivery> getDeliveries() {
        return deliveries;
    }
}
