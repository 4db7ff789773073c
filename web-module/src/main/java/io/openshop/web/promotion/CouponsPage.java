package io.openshop.web.promotion;

import io.openshop.domain.promotion.CouponColumn;
import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.catalog.CatalogService;
import io.openshop.service.promotion.CouponAdminService;
import io.openshop.service.promotion.CouponView;
import io.openshop.service.promotion.NewCoupon;
import io.openshop.web.platform.Messages;
import io.openshop.web.platform.PagedGrid;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The coupons page for ADMIN and CATALOG_MANAGER: every coupon with its uses, a form that
 * defines one, and a button per coupon that deactivates or reactivates it. The rules are the
 * boundary's; a refused value comes back as a message on its field.
 */
@Named
@ViewScoped
public class CouponsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "create";
    /** The form's fields, by the name the service gives a refused one. */
    private static final Set<String> FIELDS = Set.of("code", "kind", "value", "currency", "usageLimit", "validFrom", "validTo");

    @Inject
    CouponAdminService service;

    @Inject
    CatalogService catalog;

    private String shownPrefix;
    private String prefix;
    private final LazyDataModel<CouponView> coupons = new PagedGrid<>(CouponColumn.class, CouponColumn.DEFAULT,
            (sort, page) -> service.coupons(shownPrefix, sort, page), CouponView::getCode);
    private String code;
    private String kind = "PERCENTAGE";
    private BigDecimal value;
    private String currency;
    private Integer usageLimit;
    private LocalDate validFrom;
    private LocalDate validTo;

    /** Applies the code filter above the table. */
    public void find() {
        shownPrefix = prefix == null || prefix.isBlank() ? null : prefix.strip();
    }

    public void create() {
        // dates are whole days in UTC: from the start of the first to the start of the day after the last
        NewCoupon draft = new NewCoupon(code, kind, value, currency, usageLimit,
                validFrom == null ? null : validFrom.atStartOfDay().atOffset(ZoneOffset.UTC),
                validTo == null ? null : validTo.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        if (act(() -> service.create(draft, remoteAddress()), "Created the coupon ")) {
            code = null;
            value = null;
            usageLimit = null;
            validFrom = null;
            validTo = null;
        }
    }

    public void deactivate(String coupon) {
        act(() -> service.deactivate(coupon, remoteAddress()), "Deactivated ");
    }

    public void activate(String coupon) {
        act(() -> service.activate(coupon, remoteAddress()), "Activated ");
    }

    private boolean act(Supplier<CouponView> change, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean ok;
        try {
            CouponView coupon = change.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done + coupon.getCode() + ".", null));
            ok = true;
        } catch (InvalidInputException e) {
            String text = Messages.sentence(e.getMessage());
            faces.addMessage(FIELDS.contains(e.field()) ? FORM + ":" + e.field() : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            faces.validationFailed();
            ok = false;
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage()), null));
            faces.validationFailed();
            ok = false;
        }
        return ok;
    }

    private static String remoteAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public boolean hasError(String field) {
        return !FacesContext.getCurrentInstance().getMessageList(FORM + ":" + field).isEmpty();
    }

    public LazyDataModel<CouponView> getCoupons() {
        return coupons;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public List<String> getCurrencies() {
        return catalog.currencies().stream().map(Currency::getCurrencyCode).toList();
    }

    /** "2026-12-01" or "—"; the end shown is the last day on which the coupon is valid. */
    public String day(OffsetDateTime at, boolean end) {
        if (at == null) {
            return "—";
        }
        OffsetDateTime utc = at.withOffsetSameInstant(ZoneOffset.UTC);
        return (end ? utc.minusNanos(1) : utc).toLocalDate().toString();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Integer getUsageLimit() {
        return usageLimit;
    }

    public void setUsageLimit(Integer usageLimit) {
        this.usageLimit = usageLimit;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
