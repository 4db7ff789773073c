package io.openshop.service.promotion;

import io.openshop.domain.promotion.Coupon;
import io.openshop.domain.promotion.CouponColumn;
import io.openshop.domain.promotion.CouponKind;
import io.openshop.domain.promotion.CouponRepository;
import io.openshop.domain.audit.AuditAction;
import io.openshop.domain.audit.AuditEntry;
import io.openshop.domain.audit.AuditTrail;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.shared.ConcurrentChangeException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotFoundException;
import io.openshop.domain.shared.Page;
import io.openshop.domain.shared.PageRequest;
import io.openshop.domain.shared.Sort;
import io.openshop.service.catalog.CatalogService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Coupons for the staff who run promotions (ADMIN, CATALOG_MANAGER): list them with their uses,
 * define a new one, deactivate or reactivate one. The rules of a coupon are the domain's
 * ({@link Coupon#define}); this boundary checks what only the shop knows (its currencies, whether
 * a code is taken) and audits every change. Uses are counted by checkout, never here.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CATALOG_MANAGER})
public class CouponAdminService {

    @Inject
    CouponRepository coupons;

    @Inject
    AuditTrail audit;

    @EJB
    CatalogService catalog;

    @Resource
    SessionContext caller;

    /** The coupons whose code starts with the text given (all when blank), one page in the order asked (newest first by default). */
    public Page<CouponView> coupons(String codePrefix, Sort<CouponColumn> sort, PageRequest page) {
        if (codePrefix != null && codePrefix.length() > 40) {
            throw new InvalidInputException("code", "must be at most 40 characters");
        }
        return coupons.coupons(codePrefix, sort, page).map(CouponView::new);
    }

    public CouponView coupon(String code) {
        return new CouponView(find(code));
    }

    public CouponView create(NewCoupon draft, String remoteAddress) {
        if (draft == null) {
            throw new InvalidInputException("code", "code, kind and value are required");
        }
        CouponKind kind = kind(draft.kind());
        Currency currency = kind == CouponKind.FIXED_AMOUNT && draft.currency() != null && !draft.currency().isBlank()
                ? catalog.currency(draft.currency()) : null;
        Coupon coupon = Coupon.define(draft.code(), kind, draft.value(), currency, draft.usageLimit(), draft.validFrom(),
                draft.validTo());
        if (coupons.coupon(coupon.getCode()).isPresent()) {
            throw taken(coupon.getCode());
        }
        coupons.add(coupon);
        try {
            coupons.flush();
        } catch (PersistenceException e) {
            // another member of staff created the same code a moment ago: the unique constraint says so
            throw taken(coupon.getCode());
        }
        CouponView created = new CouponView(coupon);
        audit.record(new AuditEntry(actor(), AuditAction.COUPON_CREATED, target(created.getCode()), null, state(created),
                remoteAddress));
        return created;
    }

    public CouponView deactivate(String code, String remoteAddress) {
        return setActive(code, false, remoteAddress);
    }

    public CouponView activate(String code, String remoteAddress) {
        return setActive(code, true, remoteAddress);
    }

    private CouponView setActive(String code, boolean active, String remoteAddress) {
        Coupon coupon = find(code);
        if (coupon.isActive() == active) {
            return new CouponView(coupon); // nothing changes, nothing to audit
        }
        Map<String, String> before = state(new CouponView(coupon));
        if (active) {
            coupon.activate();
        } else {
            coupon.deactivate();
        }
        try {
            coupons.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("Coupon", coupon.getCode());
        }
        CouponView changed = new CouponView(coupon);
        audit.record(new AuditEntry(actor(), active ? AuditAction.COUPON_ACTIVATED : AuditAction.COUPON_DEACTIVATED,
                target(changed.getCode()), before, state(changed), remoteAddress));
        return changed;
    }

    private Coupon find(String code) {
        String normalised;
        try {
            normalised = Coupon.normalise(code);
        } catch (InvalidInputException e) {
            throw new NotFoundException("Coupon", code);
        }
        return coupons.coupon(normalised).orElseThrow(() -> new NotFoundException("Coupon", normalised));
    }

    private static CouponKind kind(String text) {
        try {
            return text == null || text.isBlank() ? null : CouponKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "must be PERCENTAGE, FIXED_AMOUNT or FREE_SHIPPING");
        }
    }

    private static InvalidInputException taken(String code) {
        return new InvalidInputException("code", "'" + code + "' is already a coupon code");
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }

    private static String target(String code) {
        return "coupon:" + code;
    }

    private static Map<String, String> state(CouponView c) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("kind", c.getKind());
        if (c.getValue() != null) {
            state.put("value", c.getValue().toPlainString() + (c.getCurrency() == null ? "" : " " + c.getCurrency()));
        }
        state.put("usageLimit", c.getUsageLimit() == null ? "none" : c.getUsageLimit().toString());
        if (c.getValidFrom() != null) {
            state.put("validFrom", c.getValidFrom().toString());
        }
        if (c.getValidTo() != null) {
            state.put("validTo", c.getValidTo().toString());
        }
        state.put("active", Boolean.toString(c.isActive()));
        return state;
    }
}
