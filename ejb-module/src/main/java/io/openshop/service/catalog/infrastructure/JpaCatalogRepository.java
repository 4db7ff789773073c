package io.openshop.service.catalog.infrastructure;

import io.openshop.domain.catalog.CatalogRepository;
import io.openshop.domain.catalog.Category;
import io.openshop.domain.catalog.Product;
import io.openshop.domain.catalog.Slug;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/** The catalog in PostgreSQL. Listings fetch each product's category in the same statement. */
@ApplicationScoped
public class JpaCatalogRepository implements CatalogRepository {

    @PersistenceContext(unitName = "shop")
    private EntityManager em;

    @Override
    public Page<Product> products(PageRequest request) {
        TypedQuery<Product> rows = em.createQuery(
                "select p from Product p join fetch p.category order by p.createdAt desc, p.id desc", Product.class);
        long total = em.createQuery("select count(p) from Product p", Long.class).getSingleResult();
        return page(rows, request, total);
    }

    @Override
    public Page<Product> productsIn(Slug category, PageRequest request) {
        TypedQuery<Product> rows = em.createQuery(
                        "select p from Product p join fetch p.category c where c.slug = :slug"
                                + " order by p.createdAt desc, p.id desc", Product.class)
                .setParameter("slug", category.value());
        long total = em.createQuery("select count(p) from Product p where p.category.slug = :slug", Long.class)
                .setParameter("slug", category.value())
                .getSingleResult();
        return page(rows, request, total);
    }

    private static Page<Product> page(TypedQuery<Product> rows, PageRequest request, long total) {
        List<Product> items = rows.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, request.page(), request.size(), total);
    }

    @Override
    public Optional<Product> productBySlug(Slug slug) {
        return em.createQuery("select p from Product p join fetch p.category where p.slug = :slug", Product.class)
                .setParameter("slug", slug.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Category> categoryBySlug(Slug slug) {
        return em.createQuery("select c from Category c where c.slug = :slug", Category.class)
                .setParameter("slug", slug.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Category> categories() {
        return em.createQuery("select c from Category c order by c.name", Category.class).getResultList();
    }

    @Override
    public long productCount() {
        return em.createQuery("select count(p) from Product p", Long.class).getSingleResult();
    }

    @Override
    public void add(Category category) {
        em.persist(category);
    }

    @Override
    public void add(Product product) {
        em.persist(product);
    }
}
