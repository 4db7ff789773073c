package io.openshop.service.feed.infrastructure;

import io.openshop.domain.feed.FeedFile;
import io.openshop.domain.feed.FeedGeneration;
import io.openshop.domain.feed.FeedProduct;
import io.openshop.domain.feed.FeedStore;
import io.openshop.domain.shared.Money;
import io.openshop.service.platform.infrastructure.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The feeds' store: the published catalog read once per generation (a cursor, not a list), the files in feed_file. */
@ApplicationScoped
public class JdbcFeedStore implements FeedStore {

    /** The advisory lock that serialises feed generations across instances. */
    private static final long GENERATION_LOCK = 0x0fee_d5L;

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Override
    public String catalogState() {
        // The catalog's version moves with every product, price and category change (V014's triggers);
        // the sum over the stock levels with units to promise moves when one of them runs out or comes back.
        return (String) em.createNativeQuery("select cast(v.value as text) || '-' || cast((select coalesce(sum(hashtext("
                        + "cast(s.variant_id as text) || '/' || cast(s.warehouse_id as text))), 0) from stock_level s"
                        + " where s.on_hand - s.reserved > 0) as text) from catalog_version v")
                .getSingleResult();
    }

    @Override
    public Optional<FeedGeneration> lastGeneration() {
        List<?> rows = em.createNativeQuery("select state, generated_at, products, files from feed_generation").getResultList();
        return rows.stream().map(row -> (Object[]) row).findFirst().map(r -> new FeedGeneration((String) r[0], SqlValues.instant(r[1]),
                ((Number) r[2]).longValue(), ((Number) r[3]).intValue()));
    }

    @Override
    public Optional<FeedFile> file(String name) {
        List<?> rows = em.createNativeQuery("select name, content_type, content, state, generated_at from feed_file where name = ?1")
                .setParameter(1, name).getResultList();
        return rows.stream().map(row -> (Object[]) row).findFirst()
                .map(r -> new FeedFile((String) r[0], (String) r[1], (byte[]) r[2], (String) r[3], SqlValues.instant(r[4])));
    }

    @Override
    public void publishedProducts(Consumer<FeedProduct> each) {
        Connection connection = em.unwrap(Connection.class); // the transaction's own connection: a cursor needs no autocommit
        try (PreparedStatement s = connection.prepareStatement("select p.sku, p.slug, p.name, p.description, p.price_amount,"
                + " p.price_currency, p.updated_at, p.image_hash,"
                + " exists (select 1 from product_variant v join stock_level l on l.variant_id = v.id"
                + " where v.product_id = p.id and l.on_hand - l.reserved > 0),"
                + " (select a.value from product_attribute a where a.product_id = p.id and a.code = 'brand'),"
                + " (select a.value from product_attribute a where a.product_id = p.id and a.code = 'gtin')"
                + " from product p where p.status = 'PUBLISHED' order by p.id")) {
            s.setFetchSize(1_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Timestamp updated = rs.getTimestamp(7);
                    each.accept(new FeedProduct(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Money.of(rs.getBigDecimal(5), Currency.getInstance(rs.getString(6).strip())),
                            updated == null ? null : updated.toInstant(), rs.getString(8), rs.getBoolean(9), rs.getString(10),
                            rs.getString(11)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the published catalog for the feeds", e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> categorySlugs() {
        return em.createNativeQuery("select slug from category order by slug").getResultList();
    }

    @Override
    public void replaceAll(List<FeedFile> files, FeedGeneration generation) {
        em.createNativeQuery("delete from feed_file").executeUpdate();
        for (FeedFile file : files) {
            em.createNativeQuery("insert into feed_file (name, content_type, content, state, generated_at) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, file.name()).setParameter(2, file.contentType()).setParameter(3, file.gzipped())
                    .setParameter(4, file.state()).setParameter(5, Timestamp.from(file.generatedAt())).executeUpdate();
        }
        em.createNativeQuery("insert into feed_generation (id, state, generated_at, products, files) values (true, ?1, ?2, ?3, ?4)"
                        + " on conflict (id) do update set state = excluded.state, generated_at = excluded.generated_at,"
                        + " products = excluded.products, files = excluded.files")
                .setParameter(1, generation.state()).setParameter(2, Timestamp.from(generation.generatedAt()))
                .setParameter(3, generation.products()).setParameter(4, generation.files()).executeUpdate();
    }

    @Override
    public void lockForGeneration() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, GENERATION_LOCK).getSingleResult();
    }
}
