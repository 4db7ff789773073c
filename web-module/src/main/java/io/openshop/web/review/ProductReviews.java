package io.openshop.web.review;

import io.openshop.domain.review.RatingSummary;
import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.review.ReviewDraft;
import io.openshop.service.review.ReviewPage;
import io.openshop.service.review.ReviewService;
import io.openshop.service.review.ReviewView;
import io.openshop.web.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reviews part of a product page: the rating summary, the newest published reviews, and the
 * signed-in customer's form (or their review, once written). The text is untrusted and only ever
 * reaches the page through escaping output (EL in the page, JSON-P in the JSON-LD).
 */
@Named
@RequestScoped
public class ProductReviews {

    /** How many reviews the product page shows; the API pages through all of them. */
    static final int SHOWN = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    ReviewService reviews;

    private Long productId;
    private ReviewPage page;
    private Optional<ReviewView> mine;

    private String rating;
    private String title;
    private String body;

    /** Which product the page shows; set by the product page once it has found it. */
    public void show(long productId) {
        this.productId = productId;
    }

    private ReviewPage page() {
        if (page == null) {
            page = reviews.published(productId, null, SHOWN);
        }
        return page;
    }

    public RatingSummary getSummary() {
        return page().summary();
    }

    public List<ReviewView> getItems() {
        return page().items();
    }

    /** The average as the page says it: "4.3 out of 5". */
    public String getAverageText() {
        RatingSummary s = getSummary();
        return s.isEmpty() ? "" : s.average().toPlainString() + " out of 5";
    }

    /** Stars as a picture for the eye; the page states the number in words beside it for everyone. */
    public String stars(int rating) {
        return "\u2605".repeat(rating) + "\u2606".repeat(5 - rating);
    }

    /** The average rounded to whole stars, for the eye. */
    public String getSummaryStars() {
        RatingSummary s = getSummary();
        return s.isEmpty() ? "" : stars(s.average().setScale(0, java.math.RoundingMode.HALF_UP).intValue());
    }

    public String date(ReviewView review) {
        return DATE.format(review.createdAt());
    }

    /** The signed-in customer's own review of this product, whatever its status. */
    public ReviewView getMine() {
        if (mine == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            mine = faces.getExternalContext().isUserInRole("CUSTOMER") ? reviews.mine(productId) : Optional.empty();
        }
        return mine.orElse(null);
    }

    public String statusText(ReviewView review) {
        return switch (review.status()) {
            case PENDING -> "It will appear here once it has been checked.";
            case PUBLISHED -> "It is shown below.";
            case REJECTED -> "It was not published.";
        };
    }

    public void submit(String slug) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            reviews.submit(slug, new ReviewDraft(stars(rating), title, body));
            mine = null;
            rating = null;
            title = null;
            body = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Thank you for your review. It will appear once it has been checked.", null));
        } catch (InvalidInputException e) {
            faces.addMessage(clientId(e.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
        }
    }

    /** The chosen number of stars; the domain says what is allowed, this only reads the number. */
    private static Integer stars(String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(chosen.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("rating", "must be a number of stars from 1 to 5");
        }
    }

    private static String clientId(String field) {
        return switch (field) {
            case "rating", "title", "body" -> "review:" + field;
            default -> null;
        };
    }

    /**
     * schema.org data for the reviews: aggregateRating and the shown reviews, or nothing when no
     * review is published (an empty rating is invalid structured data).
     */
    public void addTo(JsonObjectBuilder product) {
        RatingSummary s = getSummary();
        if (s.isEmpty()) {
            return;
        }
        product.add("aggregateRating", Json.createObjectBuilder()
                .add("@type", "AggregateRating")
                .add("ratingValue", s.average().toPlainString())
                .add("bestRating", "5")
                .add("worstRating", "1")
                .add("reviewCount", s.count()));
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (ReviewView r : getItems()) {
            list.add(Json.createObjectBuilder()
                    .add("@type", "Review")
                    .add("name", r.title())
                    .add("reviewBody", r.body())
                    .add("datePublished", DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(r.createdAt()))
                    .add("author", Json.createObjectBuilder().add("@type", "Person").add("name", r.author()))
                    .add("reviewRating", Json.createObjectBuilder().add("@type", "Rating")
                            .add("ratingValue", Integer.toString(r.rating())).add("bestRating", "5").add("worstRating", "1")));
        }
        product.add("review", list);
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
