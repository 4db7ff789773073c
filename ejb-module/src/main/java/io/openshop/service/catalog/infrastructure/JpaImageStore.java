package io.openshop.service.catalog.infrastructure;

import io.openshop.domain.catalog.ImageStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Image bytes in PostgreSQL (bytea), content-addressed; thumbnails beside them. */
@ApplicationScoped
public class JpaImageStore implements ImageStore {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public void save(StoredImage image) {
        em.createNativeQuery("insert into image (content_hash, content_type, width, height, data) values (?1, ?2, ?3, ?4, ?5)"
                        + " on conflict (content_hash) do nothing")
                .setParameter(1, image.contentHash())
                .setParameter(2, image.contentType())
                .setParameter(3, image.width())
                .setParameter(4, image.height())
                .setParameter(5, image.data())
                .executeUpdate();
    }

    @Override
    public Optional<StoredImage> find(String contentHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select content_type, width, height, data from image where content_hash = ?1")
                .setParameter(1, contentHash).getResultList();
        return rows.stream().findFirst().map(r -> new StoredImage(contentHash, (String) r[0],
                ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), (byte[]) r[3]));
    }

    @Override
    public Optional<StoredImage> findThumbnail(String contentHash, int width) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select height, data from image_thumbnail where content_hash = ?1 and width = ?2")
                .setParameter(1, contentHash).setParameter(2, width).getResultList();
        return rows.stream().findFirst().map(r -> new StoredImage(contentHash, "image/png", width,
                ((Number) r[0]).intValue(), (byte[]) r[1]));
    }

    @Override
    public void saveThumbnail(String contentHash, int width, int height, byte[] data) {
        em.createNativeQuery("insert into image_thumbnail (content_hash, width, height, data) values (?1, ?2, ?3, ?4)"
                        + " on conflict do nothing")
                .setParameter(1, contentHash).setParameter(2, width).setParameter(3, height).setParameter(4, data)
                .executeUpdate();
    }
}
