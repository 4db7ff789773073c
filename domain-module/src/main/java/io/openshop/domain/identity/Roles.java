package io.openshop.domain.identity;

/**
 * The shop's role names, as constants so that {@code @RolesAllowed}, URL constraints and the
 * identity store all spell them the same way. Staff roles follow least privilege: fulfilment
 * ships but does not refund, support reads customers and orders but changes no prices.
 */
public final class Roles {

    /** Manages staff, settings and everything else; must use two-factor login. */
    public static final String ADMIN = "ADMIN";
    /** Edits products, categories, prices and stock. */
    public static final String CATALOG_MANAGER = "CATALOG_MANAGER";
    /** Picks, packs and ships orders. */
    public static final String FULFILMENT = "FULFILMENT";
    /** Helps customers: reads customers and orders, records notes, may cancel and refund. */
    public static final String SUPPORT = "SUPPORT";
    /** A shopper with an account. */
    public static final String CUSTOMER = "CUSTOMER";

    private Roles() {
    }
}
