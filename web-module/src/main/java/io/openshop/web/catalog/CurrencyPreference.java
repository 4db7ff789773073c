package io.openshop.web.catalog;

import io.openshop.domain.shared.InvalidInputException;
import io.openshop.service.catalog.CatalogService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The currency a shopper sees prices in: chosen with ?currency=USD on any page and remembered in
 * a cookie (no session needed), else the shop's default.
 */
@Named
@RequestScoped
public class CurrencyPreference {

    static final String COOKIE = "shop_currency";

    @Inject
    CatalogService catalog;

    @Inject
    HttpServletRequest request;

    @Inject
    FacesContext faces;

    private Currency current;
    private List<Currency> choices;

    public Currency getCurrent() {
        if (current == null) {
            current = resolve();
        }
        return current;
    }

    public String getCode() {
        return getCurrent().getCurrencyCode();
    }

    /** The shop's currencies, asked once per request (a page's loop evaluates this for every row). */
    public List<Currency> getChoices() {
        if (choices == null) {
            choices = catalog.currencies();
        }
        return choices;
    }

    private Currency resolve() {
        String asked = request.getParameter("currency");
        if (asked != null) {
            try {
                Currency chosen = catalog.currency(asked);
                faces.getExternalContext().addResponseCookie(COOKIE, chosen.getCurrencyCode(), Map.of(
                        "path", request.getContextPath().isEmpty() ? "/" : request.getContextPath(),
                        "maxAge", 365 * 24 * 3600,
                        "httpOnly", true,
                        "secure", request.isSecure(),
                        "SameSite", "Lax"));
                return chosen;
            } catch (InvalidInputException unknown) {
                // an unknown code in a link falls back to the remembered choice
            }
        }
        String remembered = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst().orElse(null);
        try {
            return catalog.currency(remembered);
        } catch (InvalidInputException stale) {
            return catalog.currency(null);
        }
    }

    /**
     * This page's address with another currency chosen. Only the address's own query is kept,
     * never the fields of a form posted to it (a password typed into a refused form must not end
     * up in a link).
     */
    public String switchTo(Currency currency) {
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String raw = uri != null ? (String) request.getAttribute("jakarta.servlet.forward.query_string") : request.getQueryString();
        String query = raw == null ? "" : Arrays.stream(raw.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.equals("currency") && !pair.startsWith("currency="))
                .collect(Collectors.joining("&"));
        String path = uri != null ? uri : request.getRequestURI();
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "currency=" + currency.getCurrencyCode();
    }
}
