package io.openshop.domain.cart;

import io.openshop.domain.shared.DomainException;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a shopper means to buy: variants and quantities, never prices (those are computed on the
 * server whenever the cart is shown or checked out). A guest's cart is found by an unguessable
 * token; an account's cart may also carry the customer's id. Aggregate root.
 */
@Entity
@Table(name = "cart")
public class Cart {

    public static final int MIN_QUANTITY = 1;
    public static final int MAX_QUANTITY = 99;
    public static final int MAX_LINES = 50;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The checkout took this cart; it can no longer change. */
    public static class CheckedOutException extends DomainException {
        public CheckedOutException() {
            super("This cart has already been checked out; start a new cart");
        }
    }

    /** The cart went into an account's cart at sign-in; the account's cart is the one to use. */
    public static class MergedException extends DomainException {
        public MergedException() {
            super("This cart was moved into your account's cart when you signed in");
        }
    }

    @Id
    @SequenceGenerator(name = "cart_seq", sequenceName = "cart_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cart_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String token;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "checked_out_at")
    private OffsetDateTime checkedOutAt;

    /** When this guest cart was merged into an account's cart; it is closed from then on. */
    @Column(name = "merged_at")
    private OffsetDateTime mergedAt;

    @Column(name = "merged_into")
    private Long mergedInto;

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CartLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Cart() {
        // for JPA
    }

    private Cart(String token, Currency currency, OffsetDateTime now) {
        this.token = token;
        this.currency = Objects.requireNonNull(currency, "currency").getCurrencyCode();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A guest's cart with a fresh token of 256 random bits (URL-safe Base64, 43 characters). */
    public static Cart forGuest(Currency currency, OffsetDateTime now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new Cart(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), currency, now);
    }

    /** A signed-in customer's cart, found again by the customer's id at their next sign-in. */
    public static Cart forCustomer(long customerId, Currency currency, OffsetDateTime now) {
        Cart cart = forGuest(currency, now);
        cart.customerId = customerId;
        return cart;
    }

    /** Checks the form of a token a client sent before any lookup: a wrong form cannot name a cart. */
    public static boolean isWellFormedToken(String token) {
        return token != null && token.length() >= 32 && token.length() <= 64 && token.matches("[A-Za-z0-9_-]+");
    }

    static int requireQuantity(int quantity) {
        if (quantity < MIN_QUANTITY || quantity > MAX_QUANTITY) {
            throw new InvalidInputException("quantity", "must be between " + MIN_QUANTITY + " and " + MAX_QUANTITY);
        }
        return quantity;
    }

    /** Puts a variant in the cart; a variant already there gets the quantities added (still at most 99). */
    public void add(long variantId, String sku, int quantity, OffsetDateTime now) {
        requireOpen();
        requireQuantity(quantity);
        Optional<CartLine> existing = line(variantId);
        if (existing.isPresent()) {
            int sum = existing.get().getQuantity() + quantity;
            if (sum > MAX_QUANTITY) {
                throw new InvalidInputException("quantity", "would make " + sum + " in the cart; at most " + MAX_QUANTITY + " of one item");
            }
            existing.get().changeQuantity(sum);
        } else {
            if (lines.size() >= MAX_LINES) {
                throw new InvalidInputException("lines", "a cart holds at most " + MAX_LINES + " different items");
            }
            lines.add(new CartLine(this, variantId, Objects.requireNonNull(sku, "sku"), quantity));
        }
        this.updatedAt = now;
    }

    public void change(long variantId, int quantity, OffsetDateTime now) {
        requireOpen();
        requireQuantity(quantity);
        line(variantId).orElseThrow(() -> new NotFoundException("Cart line", variantId)).changeQuantity(quantity);
        this.updatedAt = now;
    }

    public void remove(long variantId, OffsetDateTime now) {
        requireOpen();
        if (!lines.removeIf(l -> l.getVariantId() == variantId)) {
            throw new NotFoundException("Cart line", variantId);
        }
        this.updatedAt = now;
    }

    /**
     * Takes a guest's cart into this account cart, once: quantities of a variant in both are
     * added, capped at {@link #MAX_QUANTITY}; lines beyond {@link #MAX_LINES} are left out. The
     * guest cart is closed by the merge, so merging it again (a second sign-in, a page reload)
     * finds it closed and changes nothing.
     *
     * @return what the merge did; {@link MergeOutcome#merged()} is false when there was nothing to merge
     */
    public MergeOutcome mergeFrom(Cart guest, OffsetDateTime now) {
        Objects.requireNonNull(guest, "guest");
        requireOpen();
        if (customerId == null) {
            throw new IllegalStateException("only an account's cart takes in a guest's cart");
        }
        if (guest == this || guest.customerId != null || !guest.isOpen()) {
            return MergeOutcome.NOTHING;
        }
        List<String> capped = new ArrayList<>();
        List<String> left = new ArrayList<>();
        int moved = 0;
        for (CartLine theirs : guest.lines) {
            Optional<CartLine> mine = line(theirs.getVariantId());
            if (mine.isPresent()) {
                int sum = mine.get().getQuantity() + theirs.getQuantity();
                if (sum > MAX_QUANTITY) {
                    capped.add(theirs.getSku());
                }
                mine.get().changeQuantity(Math.min(sum, MAX_QUANTITY));
                moved++;
            } else if (lines.size() < MAX_LINES) {
                lines.add(new CartLine(this, theirs.getVariantId(), theirs.getSku(), theirs.getQuantity()));
                moved++;
            } else {
                left.add(theirs.getSku());
            }
        }
        guest.mergedAt = now;
        guest.mergedInto = id;
        guest.updatedAt = now;
        this.updatedAt = now;
        return new MergeOutcome(true, moved, List.copyOf(capped), List.copyOf(left));
    }

    /**
     * What a merge did: how many of the guest's lines went in, which SKUs hit the quantity cap,
     * and which were left out because the cart was full.
     */
    public record MergeOutcome(boolean merged, int linesTaken, List<String> cappedSkus, List<String> leftOutSkus) {
        public static final MergeOutcome NOTHING = new MergeOutcome(false, 0, List.of(), List.of());
    }

    /** Carts hold no prices, so the currency they are priced in can change while they are open. */
    public void changeCurrency(Currency newCurrency, OffsetDateTime now) {
        requireOpen();
        String code = Objects.requireNonNull(newCurrency, "currency").getCurrencyCode();
        if (!code.equals(currency)) {
            this.currency = code;
            this.updatedAt = now;
        }
    }

    /** Whether the cart belongs to this customer's account. */
    public boolean belongsTo(Long someCustomerId) {
        return customerId != null && customerId.equals(someCustomerId);
    }

    public Optional<CartLine> line(long variantId) {
        return lines.stream().filter(l -> l.getVariantId() == variantId).findFirst();
    }

    public void requireOpen() {
        if (checkedOutAt != null) {
            throw new CheckedOutException();
        }
        if (mergedAt != null) {
            throw new MergedException();
        }
    }

    public boolean isCheckedOut() {
        return checkedOutAt != null;
    }

    /** Neither checked out nor merged into an account's cart: it can still change. */
    public boolean isOpen() {
        return checkedOutAt == null && mergedAt == null;
    }

    public boolean isMerged() {
        return mergedAt != null;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public List<CartLine> getLines() {
        return List.copyOf(lines);
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Currency getCurrency() {
        return Currency.getInstance(currency);
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
