package io.openshop.web.catalog;

import io.openshop.domain.catalog.ProductColumn;
import io.openshop.domain.catalog.ProductStatus;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.catalog.CatalogAdminService;
import io.openshop.service.catalog.CatalogService;
import io.openshop.service.catalog.CategoryView;
import io.openshop.service.catalog.ProductDraft;
import io.openshop.service.catalog.StaffProduct;
import io.openshop.service.catalog.StaffProductRow;
import io.openshop.web.platform.Messages;
import io.openshop.web.platform.PagedGrid;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The back office's product list (drafts and unpublished products too), searched by name or
 * product SKU and filtered by category and status, and the form that starts a new product as a
 * draft and opens it for editing.
 */
@Named
@ViewScoped
public class CatalogOverviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("name", "slug", "sku", "category", "type", "price", "currency", "description");

    @Inject
    CatalogAdminService admin;

    @Inject
    CatalogService catalog;

    private String text;
    private String category;
    private ProductStatus status;
    private Filter shown = new Filter(null, null, null);

    private String newName;
    private String newSlug;
    private String newSku;
    private String newCategory;
    private String newType;
    private BigDecimal newPrice;
    private String newCurrency;
    private String newDescription;

    private record Filter(String text, String category, ProductStatus status) implements Serializable {
    }

    private final LazyDataModel<StaffProductRow> products = new PagedGrid<>(ProductColumn.class, ProductColumn.DEFAULT,
            (sort, page) -> admin.products(shown.text(), shown.category(), shown.status(), sort, page),
            StaffProductRow::sku);

    /** Applies the filters typed to the list. */
    public void find() {
        shown = new Filter(text, category, status);
    }

    /** Creates the product as a draft and opens its page, where variants, prices and pictures follow. */
    public void create() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            StaffProduct created = admin.create(new ProductDraft(newCategory, newSlug, newSku, newName, newDescription, newPrice,
                    newCurrency, newType), ProductStatus.DRAFT);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.done("Created " + created.name() + " as a draft: shoppers see it once you publish it.");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/admin/product.xhtml?slug=" + created.slug());
        } catch (InvalidInputException e) {
            Messages.refuse(e, FIELDS.contains(e.field()) ? "create:" + e.field() : null);
        } catch (DomainException e) {
            Messages.refuse(e);
        }
    }

    /** Whether the caller edits the catalog (and so may open and create products), or only looks products up. */
    public boolean isEditor() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.ADMIN) || external.isUserInRole(Roles.CATALOG_MANAGER);
    }

    public LazyDataModel<StaffProductRow> getProducts() {
        return products;
    }

    public List<CategoryView> getCategories() {
        return catalog.categories();
    }

    public List<CatalogAdminService.TypeRef> getTypes() {
        return admin.productTypes();
    }

    public List<String> getCurrencies() {
        return catalog.currencies().stream().map(c -> c.getCurrencyCode()).toList();
    }

    public ProductStatus[] getStatuses() {
        return ProductStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public void setStatus(ProductStatus status) {
        this.status = status;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewSlug() {
        return newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
    }

    public String getNewSku() {
        return newSku;
    }

    public void setNewSku(String newSku) {
        this.newSku = newSku;
    }

    public String getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(String newCategory) {
        this.newCategory = newCategory;
    }

    public String getNewType() {
        return newType;
    }

    public void setNewType(String newType) {
        this.newType = newType;
    }

    public BigDecimal getNewPrice() {
        return newPrice;
    }

    public void setNewPrice(BigDecimal newPrice) {
        this.newPrice = newPrice;
    }

    public String getNewCurrency() {
        return newCurrency;
    }

    public void setNewCurrency(String newCurrency) {
        this.newCurrency = newCurrency;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }
}
