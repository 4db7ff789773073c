package io.openshop.web.checkout;

import io.openshop.domain.promotion.CouponUsedUpException;
import io.openshop.domain.identity.Roles;
import io.openshop.domain.inventory.OutOfStockException;
import io.openshop.domain.payment.PaymentDeclinedException;
import io.openshop.domain.payment.PaymentChoice;
import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.cart.CartView;
import io.openshop.service.checkout.CheckoutQuote;
import io.openshop.service.checkout.CheckoutService;
import io.openshop.service.checkout.PlaceOrder;
import io.openshop.service.checkout.ShippingOption;
import io.openshop.domain.checkout.AddressValidator;
import io.openshop.domain.shared.PostalAddress;
import io.openshop.service.identity.AddressBookService;
import io.openshop.service.identity.AddressView;
import io.openshop.service.identity.IdentityService;
import io.openshop.service.order.OrderView;
import io.openshop.web.cart.CartSession;
import io.openshop.web.catalog.MoneyFormat;
import io.openshop.web.identity.AddressForm;
import io.openshop.web.platform.Messages;
import io.openshop.web.analytics.Tracker;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The checkout, one view in steps: address, shipping method, payment, review. The review shows
 * totals computed by {@link CheckoutService#quote}; "Place order" calls the same
 * {@link CheckoutService#placeOrder} as POST /api/checkout, with an idempotency key made once
 * per checkout attempt, so a double click or a resubmitted form finds the first order instead of
 * placing a second. Card data never reaches the shop: the payment step offers the tokens the
 * payment gateway in use names ({@link CheckoutService#paymentChoices}, the test gateway's cards).
 * A refused input comes back on its own field, with the rule the service names for it.
 */
@Named
@ViewScoped
public class CheckoutPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "checkout";
    /** Session attribute: the orders this browser placed (number → email), which the confirmation page may show. */
    public static final String PLACED = "io.openshop.checkout.placed";

    /** The steps, in order. */
    public enum Step { ADDRESS, SHIPPING, PAYMENT, REVIEW }

    /** An error for the summary at the top of the form, linked to its field. */
    public static final class FieldError {
        private final String fieldId;
        private final String text;

        FieldError(String fieldId, String text) {
            this.fieldId = fieldId;
            this.text = text;
        }

        public String getFieldId() {
            return fieldId;
        }

        public String getText() {
            return text;
        }
    }

    @Inject
    CheckoutService checkout;

    @Inject
    CartSession cartSession;

    @Inject
    IdentityService identity;

    @Inject
    AddressBookService addressBook;

    @Inject
    MoneyFormat money;

    @Inject
    Tracker tracker;

    private Step step = Step.ADDRESS;
    private String idempotencyKey = UUID.randomUUID().toString();
    private String email;
    private final AddressForm address = new AddressForm("DE");
    private String shippingMethod;
    private String paymentToken;
    private String couponCode;
    private transient List<ShippingOption> shippingOptions;
    private transient CheckoutQuote quote;
    private transient AddressValidator.Check addressCheck;
    private transient List<AddressView> addresses;
    private transient List<PaymentChoice> paymentChoices;
    private boolean prefilled;
    /** The cart this attempt checks out, fixed at review, so a resubmission is the very same request. */
    private String cartToken;

    /** The cart being checked out; null when the browser has none (the page then points back to the shop). */
    public CartView getCart() {
        return cartSession.getCart();
    }

    public boolean isCartEmpty() {
        CartView cart = getCart();
        return cart == null || cart.lines().isEmpty();
    }

    /** A signed-in customer's email is filled in from their account, once. */
    public void prefill() {
        if (!isCartEmpty()) {
            tracker.checkoutStep(Step.ADDRESS.name());
        }
        if (!prefilled && isCustomer()) {
            prefilled = true;
            email = identity.myProfile().getEmail();
        }
    }

    public String toShipping() {
        if (isCartEmpty()) {
            return emptyCart();
        }
        shippingOptions = checkout.shippingOptions(getCart().token(), deliveryAddress());
        if (shippingOptions.isEmpty()) {
            fieldError("country", "We do not deliver to " + address.getCountry() + " yet; choose another country.");
            return null;
        }
        if (shippingOptions.stream().noneMatch(o -> o.code().equals(shippingMethod))) {
            shippingMethod = shippingOptions.get(0).code(); // the cheapest
        }
        addressCheck = checkout.checkAddress(deliveryAddress());
        step = Step.SHIPPING;
        tracker.checkoutStep(step.name());
        return null;
    }

    public String toPayment() {
        step = Step.PAYMENT;
        tracker.checkoutStep(step.name());
        return null;
    }

    public String toReview() {
        if (isCartEmpty()) {
            return emptyCart();
        }
        cartToken = getCart().token();
        try {
            quote = checkout.quote(request());
        } catch (InvalidInputException e) {
            return refusedInput(e);
        } catch (CouponUsedUpException e) {
            return couponRefused(e);
        } catch (DomainException e) {
            globalError(Messages.sentence(e.getMessage()));
            return null;
        }
        step = Step.REVIEW;
        tracker.checkoutStep(step.name());
        return null;
    }

    /** Submits the order with this attempt's idempotency key; a resubmission gets the same order back. */
    public String placeOrder() throws IOException {
        if (cartToken == null || step != Step.REVIEW) {
            return toReview();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        OrderView order;
        try {
            order = checkout.placeOrder(request(), idempotencyKey);
        } catch (PaymentDeclinedException e) {
            idempotencyKey = UUID.randomUUID().toString(); // a new attempt with another card
            step = Step.PAYMENT;
            fieldError("payment", "Your payment was declined by the card issuer. Nothing was ordered and nothing was charged;"
                    + " choose another card.");
            return null;
        } catch (OutOfStockException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.sentence(e.getMessage())
                    + " Nothing was ordered; please change the quantity or remove the item.", null));
            external.getFlash().setKeepMessages(true);
            return "/cart.xhtml?faces-redirect=true";
        } catch (InvalidInputException e) {
            return refusedInput(e);
        } catch (CouponUsedUpException e) {
            idempotencyKey = UUID.randomUUID().toString(); // a new attempt, with another code or none
            return couponRefused(e);
        } catch (DomainException e) {
            globalError(Messages.sentence(e.getMessage()));
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> placed = (Map<String, String>) external.getSessionMap()
                .computeIfAbsent(PLACED, k -> new java.util.concurrent.ConcurrentHashMap<String, String>());
        placed.put(order.number(), order.email());
        if (!order.replayed()) {
            tracker.purchase();
        }
        return "/order-confirmation.xhtml?faces-redirect=true&number=" + order.number();
    }

    /** Takes the coupon off the order and shows the review again, with the server's new totals. */
    public String removeCoupon() {
        couponCode = null;
        return toReview();
    }

    public String back() {
        step = switch (step) {
            case ADDRESS, SHIPPING -> Step.ADDRESS;
            case PAYMENT -> Step.SHIPPING;
            case REVIEW -> Step.PAYMENT;
        };
        if (step == Step.SHIPPING && !isCartEmpty()) {
            shippingOptions = checkout.offeredShippingOptions(getCart().token(), address.getCountry());
        }
        return null;
    }

    /** Takes the address the validation service suggested and asks for the ways to ship there again. */
    public String useSuggestedAddress() {
        if (addressCheck != null && addressCheck.suggestion() != null) {
            PostalAddress s = addressCheck.suggestion();
            address.setLine1(s.getLine1());
            address.setLine2(s.getLine2());
            address.setPostalCode(s.getPostalCode());
            address.setCity(s.getCity());
            address.setCountry(s.getCountry());
        }
        return toShipping();
    }

    /** What the address validation service said about the address (null before the shipping step or when it said nothing). */
    public AddressValidator.Check getAddressCheck() {
        return addressCheck == null || addressCheck.result() == AddressValidator.Result.UNCHECKED ? null : addressCheck;
    }

    /** A suggested address on one line, as the shipping step offers it. */
    public String getSuggestedAddress() {
        AddressValidator.Check check = getAddressCheck();
        if (check == null || check.suggestion() == null) {
            return null;
        }
        PostalAddress s = check.suggestion();
        return s.getLine1() + (s.getLine2() == null ? "" : ", " + s.getLine2()) + ", " + s.getPostalCode() + " " + s.getCity()
                + ", " + s.getCountry();
    }

    private PlaceOrder.Address deliveryAddress() {
        return new PlaceOrder.Address(address.getName(), address.getLine1(), address.getLine2(),
                address.getPostalCode(), address.getCity(), address.getCountry());
    }

    /** Fills the address fields from one of a signed-in customer's saved addresses. */
    public String useAddress(long id) {
        for (AddressView a : getAddresses()) {
            if (a.id() == id) {
                address.fill(a);
            }
        }
        // the button skips validation (immediate), so the fields still hold what was typed: let them show the model again
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().resetValues(faces, List.of("name", "line1", "line2", "postalCode", "city", "country").stream()
                .map(f -> FORM + ":" + f).toList());
        return null;
    }

    private PlaceOrder request() {
        return new PlaceOrder(cartToken, email,
                new PlaceOrder.Address(address.getName(), address.getLine1(), address.getLine2(),
                        address.getPostalCode(), address.getCity(), address.getCountry()), shippingMethod,
                couponCode == null || couponCode.isBlank() ? null : couponCode, paymentToken);
    }

    private String refusedInput(InvalidInputException e) {
        String field = e.field();
        String id;
        Step at;
        if (field.equals("email")) {
            id = "email";
            at = Step.ADDRESS;
        } else if (field.startsWith("shippingAddress.")) {
            id = field.substring("shippingAddress.".length());
            at = Step.ADDRESS;
        } else if (field.equals("shippingMethod")) {
            id = "method";
            at = Step.SHIPPING;
        } else if (field.equals("paymentToken")) {
            id = "payment";
            at = Step.PAYMENT;
        } else if (field.equals("couponCode")) {
            step = Step.PAYMENT;
            String rule = e.expectation();
            fieldError("couponCode", Messages.sentence(rule.startsWith("must") ? label("couponCode") + " " + rule : rule));
            return null;
        } else {
            globalError(Messages.sentence(e.getMessage()));
            return null;
        }
        step = at;
        if (at == Step.SHIPPING && !isCartEmpty()) {
            shippingOptions = checkout.offeredShippingOptions(getCart().token(), address.getCountry());
        }
        fieldError(id, Messages.sentence(label(id) + " " + e.expectation()));
        return null;
    }

    private String couponRefused(CouponUsedUpException e) {
        step = Step.PAYMENT;
        fieldError("couponCode", Messages.sentence(e.getMessage()) + " Remove it or enter another code.");
        return null;
    }

    private static String label(String id) {
        return switch (id) {
            case "email" -> "Email address";
            case "name" -> "Name";
            case "line1" -> "Address";
            case "line2" -> "Address line 2";
            case "postalCode" -> "Postcode";
            case "city" -> "Town or city";
            case "country" -> "Country";
            case "method" -> "Shipping method";
            case "couponCode" -> "Coupon code";
            default -> "Payment";
        };
    }

    private static String emptyCart() {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Your cart is empty.", null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/cart.xhtml?faces-redirect=true";
    }

    private static void fieldError(String id, String text) {
        FacesContext.getCurrentInstance().addMessage(FORM + ":" + id, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static void globalError(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Every message of the request, each linked to its field when it has one: the error summary. */
    public List<FieldError> getErrors() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id == null) {
                continue; // messages of the whole page are shown above the form already
            }
            faces.getMessageList(id).forEach(m -> {
                if (m.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0) {
                    errors.add(new FieldError(id, m.getSummary()));
                }
            });
        }
        return errors;
    }

    public boolean hasError(String id) {
        return !FacesContext.getCurrentInstance().getMessageList(FORM + ":" + id).isEmpty();
    }

    public List<ShippingOption> getShippingOptions() {
        if (shippingOptions == null) {
            shippingOptions = isCartEmpty() ? List.of() : checkout.offeredShippingOptions(getCart().token(), address.getCountry());
        }
        return shippingOptions;
    }

    /** "Standard — €4.90": a method as the radio button says it. */
    public String optionLabel(ShippingOption o) {
        return o.name() + " — " + (o.price().amount().signum() == 0 ? "free" : money.format(o.price()))
                + (o.estimatedDays() == null ? "" : o.estimatedDays() == 1 ? " (1 day)" : " (" + o.estimatedDays() + " days)");
    }

    public String getShippingMethodName() {
        return getShippingOptions().stream().filter(o -> o.code().equals(shippingMethod)).map(ShippingOption::name)
                .findFirst().orElse(shippingMethod);
    }

    public List<String> getCountries() {
        return checkout.destinations();
    }

    /** The tokens the payment step offers, as the payment gateway in use names them. */
    public List<PaymentChoice> getPaymentChoices() {
        if (paymentChoices == null) {
            paymentChoices = checkout.paymentChoices();
        }
        return paymentChoices;
    }

    public String getPaymentLabel() {
        return getPaymentChoices().stream().filter(c -> c.token().equals(paymentToken))
                .map(PaymentChoice::label).findFirst().orElse("");
    }

    public List<AddressView> getAddresses() {
        if (addresses == null) {
            addresses = isCustomer() ? addressBook.myAddresses() : List.of();
        }
        return addresses;
    }

    public boolean isCustomer() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getUserPrincipal() != null && request.isUserInRole(Roles.CUSTOMER);
    }

    public CheckoutQuote getQuote() {
        return quote;
    }

    /** The review's discount line: "−€4.80", or "Free shipping" for a coupon that took the shipping instead of goods. */
    public String getDiscountText() {
        if (quote == null || quote.couponCode() == null) {
            return "";
        }
        return quote.freeShipping() ? "Free shipping" : "\u2212" + money.format(quote.discount());
    }

    public String getCouponCode() {
        return couponCode;
    }

    public void setCouponCode(String couponCode) {
        this.couponCode = couponCode;
    }

    public Step getStep() {
        return step;
    }

    public int getStepNumber() {
        return step.ordinal() + 1;
    }

    /** The delivery address being typed (or taken from the address book). */
    public AddressForm getAddress() {
        return address;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getShippingMethod() {
        return shippingMethod;
    }

    public void setShippingMethod(String shippingMethod) {
        this.shippingMethod = shippingMethod;
    }

    public String getPaymentToken() {
        return paymentToken;
    }

    public void setPaymentToken(String paymentToken) {
        this.paymentToken = paymentToken;
    }
}
