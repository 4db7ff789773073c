package io.openshop.domain.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A picture of a product: which stored image (by content hash) and its text alternative. */
@Embeddable
public class ProductImage {

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "alt_text", nullable = false, length = 200)
    private String altText;

    protected ProductImage() {
        // for JPA
    }

    public ProductImage(String contentHash, String altText) {
        if (contentHash == null || !contentHash.matches("[0-9a-f]{64}")) {
            throw new InvalidInputException("image", "is not a stored image");
        }
        this.contentHash = contentHash;
        this.altText = TextRules.name("alt", altText, 200);
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getAltText() {
        return altText;
    }
}
