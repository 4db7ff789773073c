package io.openshop.service.catalog.importing;

import io.openshop.domain.catalog.Category;
import io.openshop.domain.catalog.ImportReferences;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.ProductType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What an import's rows may name, from the catalog as it is when a job (re)starts. */
@ApplicationScoped
public class ImportCatalog {

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    ImportReferences references() {
        Map<String, Long> categories = new HashMap<>();
        em.createQuery("select c.slug, c.id from Category c", Object[].class).getResultList()
                .forEach(r -> categories.put(String.valueOf(r[0]), (Long) r[1]));
        Map<String, ProductType> types = new HashMap<>();
        em.createQuery("select t from ProductType t", ProductType.class).getResultList()
                .forEach(t -> {
                    t.getAttributes().size(); // read while attached
                    types.put(t.getSlug().value(), t);
                });
        Map<String, Long> priceLists = new HashMap<>();
        em.createQuery("select l.code, l.id from PriceList l", Object[].class).getResultList()
                .forEach(r -> priceLists.put((String) r[0], (Long) r[1]));
        Map<String, Long> warehouses = new HashMap<>();
        em.createQuery("select w.code, w.id from Warehouse w", Object[].class).getResultList()
                .forEach(r -> warehouses.put((String) r[0], (Long) r[1]));
        return new ImportReferences(categories, types, priceLists, warehouses);
    }

    Category category(long id) {
        return em.getReference(Category.class, id);
    }

    ProductType type(Long id) {
        return id == null ? null : em.find(ProductType.class, id);
    }

    List<Product> productsBySku(List<String> skus) {
        return skus.isEmpty() ? List.of() : em.createQuery("select p from Product p where p.sku in :skus", Product.class)
                .setParameter("skus", skus).getResultList();
    }

    List<Product> products(List<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select p from Product p where p.id in :ids", Product.class)
                .setParameter("ids", ids).getResultList();
    }
}
