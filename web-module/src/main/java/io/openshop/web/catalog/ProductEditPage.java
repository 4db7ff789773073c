package io.openshop.web.catalog;

import io.openshop.domain.catalog.AttributeKind;
import io.openshop.domain.catalog.OptionSpec;
import io.openshop.domain.catalog.ProductStatus;
import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.catalog.CatalogAdminService;
import io.openshop.service.catalog.ImageService;
import io.openshop.service.catalog.ProductView;
import io.openshop.service.catalog.StaffProduct;
import io.openshop.web.platform.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Staff edit one product: details (name, description, base price, type and its attributes),
 * status (publish, unpublish), options and the variants they make with their own prices, what
 * each price list charges, and pictures. The rules are the domain's; a broken one comes back as
 * a message. Every form sends the version read with the page, so an edit made by someone else in
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

    /** One option row of the form: a code, a label and its values separated by commas; blank rows are ignored. */
    public static final class OptionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String label;
        private String values;

        OptionRow(String code, String label, String values) {
            this.code = code;
            this.label = label;
            this.values = values;
        }

        boolean isBlank() {
            return (code == null || code.isBlank()) && (label == null || label.isBlank()) && (values == null || values.isBlank());
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getValues() {
            return values;
        }

        public void setValues(String values) {
            this.values = values;
        }
    }

    /** A variant and the own price the form edits (blank: the product's price). */
    public static final class VariantRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String sku;
        private final String choice;
        private BigDecimal ownPrice;

        VariantRow(StaffProduct.VariantLine line) {
            this.sku = line.sku();
            this.choice = line.options().isEmpty() ? "(the product itself)" : String.join(" / ", line.options().values());
            this.ownPrice = line.ownPrice() == null ? null : line.ownPrice().amount();
        }

        public String getSku() {
            return sku;
        }

        public String getChoice() {
            return choice;
        }

        public BigDecimal getOwnPrice() {
            return ownPrice;
        }

        public void setOwnPrice(BigDecimal ownPrice) {
            this.ownPrice = ownPrice;
        }
    }

    /** What one price list charges for the product (blank: the product is not on that list). */
    public static final class ListPriceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private final String currency;
        private final String window;
        private BigDecimal amount;

        ListPriceRow(StaffProduct.ListPrice line) {
            this.code = line.code();
            this.name = line.name();
            this.currency = line.currency();
            this.window = (line.validFrom() == null ? "always" : "from " + line.validFrom().toLocalDate())
                    + (line.validTo() == null ? "" : " until " + line.validTo().toLocalDate());
            this.amount = line.amount() == null ? null : line.amount().amount();
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getCurrency() {
            return currency;
        }

        public String getWindow() {
            return window;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
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
    private ProductStatus status;
    private long version;
    private final List<AttributeField> attributes = new ArrayList<>();
    private final List<OptionRow> options = new ArrayList<>();
    private final List<VariantRow> variants = new ArrayList<>();
    private final List<ListPriceRow> listPrices = new ArrayList<>();
    private List<ProductView.Image> images = List.of();
    private transient Part picture;
    private String pictureAlt;
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
        status = product.status();
        attributes.clear();
        product.definitions().forEach(d -> attributes.add(new AttributeField(d, product.attributes().get(d.code()))));
        options.clear();
        product.options().forEach(o -> options.add(new OptionRow(o.code(), o.label(), String.join(", ", o.values()))));
        while (options.size() < 3) {
            options.add(new OptionRow(null, null, null));
        }
        variants.clear();
        product.variants().forEach(v -> variants.add(new VariantRow(v)));
        listPrices.clear();
        product.listPrices().forEach(l -> listPrices.add(new ListPriceRow(l)));
        images = product.images();
    }

    /** The chosen type's attributes, for the form to fill in (the values already given are kept where the codes match). */
    public void typeChosen() {
        Map<String, String> given = new LinkedHashMap<>();
        attributes.forEach(a -> given.put(a.getCode(), a.getValue()));
        attributes.clear();
        if (type != null && !type.isBlank()) {
            try {
                admin.definitions(type).forEach(d -> attributes.add(new AttributeField(d, given.get(d.code()))));
            } catch (DomainException e) {
                Messages.refuse(e);
            }
        }
    }

    public void save() {
        Map<String, String> values = new LinkedHashMap<>();
        attributes.stream().filter(a -> a.getValue() != null && !a.getValue().isBlank())
                .forEach(a -> values.put(a.getCode(), a.getValue()));
        apply(v -> admin.edit(slug, v, name, description, price, currency, type, values), "Saved " + name + ".");
    }

    public void publish() {
        apply(v -> admin.publish(slug, v), "Published: shoppers can find and buy " + name + ".");
    }

    public void unpublish() {
        apply(v -> admin.unpublish(slug, v), "Unpublished: " + name + " is off the storefront.");
    }

    public void saveOptions() {
        List<OptionSpec> specs = new ArrayList<>();
        for (OptionRow row : options) {
            if (!row.isBlank()) {
                List<String> values = row.getValues() == null ? List.of()
                        : Arrays.stream(row.getValues().split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
                try {
                    specs.add(new OptionSpec(row.getCode() == null ? null : row.getCode().strip(), row.getLabel(), values));
                } catch (InvalidInputException e) {
                    Messages.refuse(e);
                    return;
                }
            }
        }
        apply(v -> admin.defineOptions(slug, v, specs), "Saved the options: " + name + " has the variants below.");
    }

    public void saveVariantPrices() {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        variants.forEach(v -> prices.put(v.getSku(), v.getOwnPrice()));
        apply(v -> admin.priceVariants(slug, v, prices), "Saved the variants' prices.");
    }

    public void saveListPrices() {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        listPrices.forEach(l -> amounts.put(l.getCode(), l.getAmount()));
        apply(v -> admin.setListPrices(slug, v, amounts), "Saved the price list prices.");
    }

    public void upload() {
        if (picture == null || picture.getSize() == 0) {
            Messages.refuse(new InvalidInputException("image", "choose a PNG or JPEG file"));
            return;
        }
        byte[] data;
        try (var in = picture.getInputStream()) {
            data = in.readNBytes(ImageService.MAX_BYTES + 1);
        } catch (java.io.IOException e) {
            Messages.refuse(new InvalidInputException("image", "could not be read: try again"));
            return;
        }
        apply(v -> admin.addPicture(slug, v, data, pictureAlt), "Added the picture.");
        pictureAlt = null;
    }

    public void removePicture(String hash) {
        apply(v -> admin.removePicture(slug, v, hash), "Removed the picture.");
    }

    public void showFirst(String hash) {
        apply(v -> admin.showPictureFirst(slug, v, hash), "Listings show that picture now.");
    }

    /** Runs a change against the version read, shows the product as it is now, and says how it went. */
    private void apply(LongFunction<StaffProduct> change, String done) {
        try {
            show(change.apply(version));
            Messages.done(done);
        } catch (InvalidInputException e) {
            Messages.refuse(e, clientId(e.field()));
        } catch (DomainException e) {
            Messages.refuse(e);
        }
    }

    /** The form field a domain error names, so the message stands beside it; other errors go to the page. */
    private static String clientId(String field) {
        return switch (field) {
            case "name", "description", "price", "currency" -> "product:" + field;
            default -> null;
        };
    }

    public boolean isFound() {
        return found;
    }

    public boolean isPublished() {
        return status == ProductStatus.PUBLISHED;
    }

    public ProductStatus getStatus() {
        return status;
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

    public void setType(String type) {
        this.type = type;
    }

    public List<CatalogAdminService.TypeRef> getTypes() {
        return admin.productTypes();
    }

    public List<AttributeField> getAttributes() {
        return attributes;
    }

    public List<OptionRow> getOptions() {
        return options;
    }

    public List<VariantRow> getVariants() {
        return variants;
    }

    public List<ListPriceRow> getListPrices() {
        return listPrices;
    }

    public List<ProductView.Image> getImages() {
        return images;
    }

    public Part getPicture() {
        return picture;
    }

    public void setPicture(Part picture) {
        this.picture = picture;
    }

    public String getPictureAlt() {
        return pictureAlt;
    }

    public void setPictureAlt(String pictureAlt) {
        this.pictureAlt = pictureAlt;
    }

    /** The base currency's code, for the variant price column's heading. */
    public String getBaseCurrency() {
        return currency;
    }
}
