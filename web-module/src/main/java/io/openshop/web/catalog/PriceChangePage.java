package io.openshop.web.catalog;

import io.openshop.domain.shared.DomainException;
import io.openshop.service.catalog.BulkPriceChange;
import io.openshop.service.catalog.CatalogAdminService;
import io.openshop.service.catalog.CatalogService;
import io.openshop.service.catalog.CategoryView;
import io.openshop.web.platform.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A bulk price change: choose a selection (a category and everything below it, a text in the
 * name or SKU) and a change (a percentage or an amount), preview it, then apply it after
 * confirming. The preview's count travels with the form: if the selection changed since, the
 * service refuses and nothing changes.
 */
@Named
@ViewScoped
public class PriceChangePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogAdminService admin;

    @Inject
    CatalogService catalog;

    private String category;
    private String text;
    private String kind = "PERCENT";
    private BigDecimal value;
    private BulkPriceChange preview;
    private BulkPriceChange applied;

    public void preview() {
        applied = null;
        try {
            preview = admin.previewPriceChange(category, text, kind, value);
        } catch (DomainException e) {
            preview = null;
            Messages.refuse(e);
        }
    }

    public void apply() {
        if (preview == null) {
            return;
        }
        try {
            applied = admin.applyPriceChange(category, text, kind, value, preview.products());
            preview = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Changed the price of " + applied.products() + " products (audited as " + applied.change() + ").", null));
        } catch (DomainException e) {
            preview = null;
            Messages.refuse(e);
        }
    }

    public List<CategoryView> getCategories() {
        return catalog.categories();
    }

    public BulkPriceChange getPreview() {
        return preview;
    }

    public BulkPriceChange getApplied() {
        return applied;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }
}
