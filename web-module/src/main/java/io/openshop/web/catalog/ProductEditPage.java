package io.openshop.web.catalog;

import io.openshop.domain.catalog.AttributeKind;
import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.catalog.CatalogAdminService;
import io.openshop.service.catalog.StaffProduct;
import io.openshop.web.platform.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff edit one product: name, description, base price, and the values of its type's
 * attributes. The rules are the domain's; a broken one comes back as a message on its field.
 * The version read with the form goes back with the change, so an edit made by someone else in
 * the meantime is not overwritten unseen.
 */
@Named
@ViewScoped
public class ProductEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One attribute of the product's type, as the form shows it. */
    public static final class AttributeField implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String label;
        private final AttributeKind kind;
        private final List<String> choices;
        private final boolean required;
        private String value;

        AttributeField(StaffProduct.AttributeSpec definition, String value) {
            this.code = definition.code();
            this.label = definition.label();
            this.kind = definition.kind();
            this.choices = definition.allowedValues();
            this.required = definition.required();
            this.value = value;
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public boolean isChoice() {
            return kind == AttributeKind.ENUM;
        }

        public boolean isYesNo() {
            return kind == AttributeKind.BOOLEAN;
        }

        public List<String> getChoices() {
            return choices;
        }

        public boolean isRequired() {
            return required;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    @Inject
    CatalogAdminService admin;

    private String slug;
    private String sku;
    private String name;
    private String description;
    private BigDecimal price;
    private String currency;
    private String type;
    private long version;
    private final List<AttributeField> attributes = new ArrayList<>();
    private boolean found;

    /** Reads the product named by the slug parameter (a view action, so a bookmark works). */
    public void load() {
        try {
            show(admin.product(slug));
        } catch (DomainException e) {
            found = false;
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "There is no product '" + slug + "'.", null));
        }
    }

    private void show(StaffProduct product) {
        found = true;
        sku = product.sku();
        name = product.name();
        description = product.description();
        price = product.basePrice().amount();
        currency = product.basePrice().currency().getCurrencyCode();
        version = product.version();
        type = product.type();
        attributes.clear();
        product.definitions().forEach(d -> attributes.add(new AttributeField(d, product.attributes().get(d.code()))));
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Map<String, String> values = new LinkedHashMap<>();
            attributes.stream().filter(a -> a.getValue() != null && !a.getValue().isBlank())
                    .forEach(a -> values.put(a.getCode(), a.getValue()));
            show(admin.edit(slug, version, name, description, price, currency, values));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Saved " + name + ".", null));
        } catch (InvalidInputException e) {
            faces.addMessage(clientId(e.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
            faces.validationFailed();
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
            faces.validationFailed();
        }
    }

    /** The form field a domain error names, so the message stands beside it; attribute errors go to the form. */
    private static String clientId(String field) {
        return switch (field) {
            case "name", "description", "price", "currency" -> "product:" + field;
            default -> null;
        };
    }

    public boolean isFound() {
        return found;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public String getType() {
        return type;
    }

    public List<AttributeField> getAttributes() {
        return attributes;
    }
}
