package io.openshop.domain.review;

import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00.123456789Z");

    private static Review review(int rating, String title, String body) {
        return Review.submit(7, 9, false, true, rating, title, body, NOW);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void ratingsFromOneToFiveAreAccepted(int rating) {
        assertEquals(rating, review(rating, "Fine", "Does what it says.").getRating());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, Integer.MAX_VALUE})
    void ratingsOutsideOneToFiveAreRefusedNamingTheField(int rating) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> review(rating, "Fine", "Text"));
        assertEquals("rating", e.field());
    }

    @Test
    void titleIsRequiredAndAtMost120Characters() {
        assertEquals("x".repeat(120), review(4, "x".repeat(120), "Text").getTitle());
        assertEquals("Snug", review(4, "  Snug  ", "Text").getTitle(), "trimmed");
        assertEquals("title", assertThrows(InvalidInputException.class, () -> review(4, "x".repeat(121), "Text")).field());
        assertEquals("title", assertThrows(InvalidInputException.class, () -> review(4, "   ", "Text")).field());
        assertEquals("title", assertThrows(InvalidInputException.class, () -> review(4, null, "Text")).field());
    }

    @Test
    void bodyIsRequiredAndAtMost4000Characters() {
        assertEquals(4000, review(4, "Fine", "y".repeat(4000)).getBody().length());
        assertEquals("body", assertThrows(InvalidInputException.class, () -> review(4, "Fine", "y".repeat(4001))).field());
        assertEquals("body", assertThrows(InvalidInputException.class, () -> review(4, "Fine", "")).field());
    }

    @Test
    void untrustedTextIsKeptAsTypedForTheViewsToEscape() {
        String payload = "<script>alert(1)</script>\"'&";
        Review r = review(3, payload, payload);
        assertEquals(payload, r.getTitle());
        assertEquals(payload, r.getBody());
    }

    @Test
    void aCustomerReviewsAProductOnce() {
        assertThrows(AlreadyReviewedException.class,
                () -> Review.submit(7, 9, true, true, 5, "Again", "Second review", NOW));
    }

    @Test
    void aNewReviewWaitsForModerationAndKeepsItsPurchaseFlag() {
        Review r = Review.submit(7, 9, false, false, 5, "Great", "Love it", NOW);
        assertEquals(ReviewStatus.PENDING, r.getStatus());
        assertFalse(r.isPublished());
        assertFalse(r.isVerifiedPurchase());
        assertNull(r.getModeratedAt());
        assertEquals(Instant.parse("2026-11-26T10:00:00.123456Z"), r.getCreatedAt(), "kept to the microsecond, as the database does");
        assertTrue(review(5, "Great", "Love it").isVerifiedPurchase());
    }

    @Test
    void moderatorsPublishOrRejectAndMayChangeTheirMindButNotRepeatAMove() {
        Review published = review(5, "Great", "Love it");
        published.publish("mod@shop.test", NOW);
        assertEquals(ReviewStatus.PUBLISHED, published.getStatus());
        assertEquals("mod@shop.test", published.getModeratedBy());
        assertEquals(NOW, published.getModeratedAt());
        assertThrows(IllegalModerationException.class, () -> published.publish("mod@shop.test", NOW));
        published.reject("other@shop.test", NOW.plusSeconds(60));
        assertEquals(ReviewStatus.REJECTED, published.getStatus());
        assertEquals("other@shop.test", published.getModeratedBy());

        Review rejected = review(1, "Bad", "Spam spam");
        rejected.reject("mod@shop.test", NOW);
        assertThrows(IllegalModerationException.class, () -> rejected.reject("mod@shop.test", NOW));
        rejected.publish("mod@shop.test", NOW);
        assertTrue(rejected.isPublished());
    }

    @Test
    void aSummaryRoundsTheAverageToOneDecimalAndHasNoneWithoutReviews() {
        assertEquals(new BigDecimal("4.3"), new RatingSummary(3, new BigDecimal("4.3333")).average());
        assertEquals(new BigDecimal("4.5"), new RatingSummary(2, new BigDecimal("4.45")).average());
        assertNull(new RatingSummary(0, BigDecimal.ONE).average());
        assertTrue(RatingSummary.NONE.isEmpty());
    }

    @Test
    void aCursorRoundTripsAndAForgedOneIsTheCallersError() {
        ReviewCursor cursor = new ReviewCursor(NOW, 4200);
        assertEquals(cursor, ReviewCursor.parse(cursor.encode()));
        assertNull(ReviewCursor.parse(" "));
        assertEquals("after", assertThrows(InvalidInputException.class, () -> ReviewCursor.parse("bm9wZQ")).field());
        assertEquals("after", assertThrows(InvalidInputException.class, () -> ReviewCursor.parse("%%%")).field());
    }
}
