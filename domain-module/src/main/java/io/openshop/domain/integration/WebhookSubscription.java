package io.openshop.domain.integration;

import io.openshop.domain.shared.EncryptedText;
import io.openshop.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A subscriber of domain events: where to POST them, which types it wants, the secret that signs
 * each delivery, and its circuit: after {@link #FAILURES_TO_OPEN} failed deliveries in a row the
 * circuit opens for {@link #OPEN_FOR} and deliveries to it wait instead of hammering a subscriber
 * that is down; one success closes it.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    public static final int FAILURES_TO_OPEN = 5;
    public static final Duration OPEN_FOR = Duration.ofSeconds(30);

    @Id
    @SequenceGenerator(name = "webhook_subscription_seq", sequenceName = "webhook_subscription_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscription_seq")
    private Long id;

    @Column(nullable = false, length = 500)
    private String url;

    @Column(name = "event_types", nullable = false, length = 600)
    private String eventTypes;

    @Convert(converter = EncryptedText.class)
    @Column(nullable = false)
    private String secret;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    @Column(name = "open_until")
    private OffsetDateTime openUntil;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Version
    private long version;

    protected WebhookSubscription() {
    }

    /** A subscriber of these event types at an http(s) address, signing with {@code secret}. */
    public WebhookSubscription(String url, Set<EventType> types, String secret, String createdBy, Instant now) {
        this.url = checkedUrl(url);
        if (types == null || types.isEmpty()) {
            throw new InvalidInputException("events", "must name at least one event type");
        }
        this.eventTypes = types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("a webhook secret has at least 32 characters");
        }
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The event types named (any case); an unknown one is refused, naming it. */
    public static Set<EventType> types(java.util.Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInputException("events", "must name at least one event type");
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String name : names) {
            String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
            types.add(Arrays.stream(EventType.values()).filter(t -> t.name().equals(wanted)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("events", "'" + name + "' is not an event type; the types are "
                            + Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.joining(", ")))));
        }
        return types;
    }

    private static String checkedUrl(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getUserInfo() != null || uri.toString().length() > 500) {
                throw new InvalidInputException("url", "must be an http(s) address of at most 500 characters, without credentials");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "must be an http(s) address of at most 500 characters, without credentials");
        }
    }

    public boolean wants(EventType type) {
        return active && Arrays.asList(eventTypes.split(",")).contains(type.name());
    }

    /** Whether deliveries to this subscriber wait now (its circuit is open). */
    public boolean isOpen(Instant now) {
        return openUntil != null && now.isBefore(openUntil.toInstant());
    }

    /** What became of one delivery attempt, as far as the subscriber's circuit is concerned. */
    public enum Outcome {
        /** The subscriber answered (2xx or 4xx): it is up. */
        ANSWERED,
        /** The request failed (5xx, a timeout, no connection). */
        FAILED,
        /** Nothing was sent (the circuit was open): says nothing about the subscriber. */
        NOT_SENT
    }

    /**
     * Records an attempt: an answer closes the circuit; a failure counts, and once
     * {@link #FAILURES_TO_OPEN} are in a row opens (or, after a half-open trial, re-opens) it for
     * {@link #OPEN_FOR}; an attempt not sent leaves it as it is, so an open circuit half-opens when
     * its time is up however many deliveries waited meanwhile.
     */
    public void record(Outcome outcome, Instant now) {
        switch (outcome) {
            case ANSWERED -> {
                consecutiveFailures = 0;
                openUntil = null;
            }
            case FAILED -> {
                consecutiveFailures++;
                if (consecutiveFailures >= FAILURES_TO_OPEN) {
                    openUntil = now.plus(OPEN_FOR).atOffset(ZoneOffset.UTC);
                }
            }
            case NOT_SENT -> {
                // the subscriber was not asked: its circuit stays as it is
            }
        }
    }

    public void deactivate() {
        active = false;
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public Set<EventType> getEventTypes() {
        return Arrays.stream(eventTypes.split(",")).map(EventType::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
    }

    public String getSecret() {
        return secret;
    }

    public boolean isActive() {
        return active;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public Instant getOpenUntil() {
        return openUntil == null ? null : openUntil.toInstant();
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
