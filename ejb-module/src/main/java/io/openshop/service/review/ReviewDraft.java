package io.openshop.service.review;

/** What a customer writes; the domain checks every field (rating 1 to 5, title and text required and bounded). */
public record ReviewDraft(Integer rating, String title, String body) {
}
