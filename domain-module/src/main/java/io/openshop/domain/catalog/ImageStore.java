package io.openshop.domain.catalog;

import java.util.Optional;

/** Where image bytes are kept, by the SHA-256 of their content. */
public interface ImageStore {

    /** A stored image or thumbnail: its bytes, type and size. */
    record StoredImage(String contentHash, String contentType, int width, int height, byte[] data) {
    }

    /** Keeps the image unless one with the same content is kept already. */
    void save(StoredImage image);

    Optional<StoredImage> find(String contentHash);

    Optional<StoredImage> findThumbnail(String contentHash, int width);

    void saveThumbnail(String contentHash, int width, int height, byte[] data);
}
