package io.openshop.service.order;

import io.openshop.domain.order.Order;
import io.openshop.domain.order.OrderStatus;
import io.openshop.domain.order.Shipment;
import io.openshop.domain.order.OrderLine;
import io.openshop.domain.shared.Money;
import io.openshop.service.mail.Html;
import io.openshop.service.mail.OutgoingMail;

import java.math.RoundingMode;

/**
 * The emails about an order: confirmation (once it is paid and on its way to the warehouse),
 * shipped and refund. Plain text plus a simple HTML alternative in which every value is escaped.
 * Dedupe keys name the order (and the refund), so each is queued once.
 */
public final class OrderEmails {

    private OrderEmails() {
    }

    public static OutgoingMail confirmation(Order order) {
        StringBuilder text = new StringBuilder("Thank you for your order ").append(order.getNumber()).append(".\n\n")
                .append("We have your payment and are packing it now.\n\n");
        StringBuilder rows = new StringBuilder();
        for (OrderLine line : order.getLines()) {
            text.append(line.getQuantity()).append(" × ").append(line.getName()).append(" (").append(line.getSku()).append(")  ")
                    .append(amount(line.getTotal())).append('\n');
            rows.append("<tr><td>").append(line.getQuantity()).append(" × ").append(Html.escape(line.getName()))
                    .append(" <small>(").append(Html.escape(line.getSku())).append(")</small></td><td style=\"text-align:right\">")
                    .append(Html.escape(amount(line.getTotal()))).append("</td></tr>\n");
        }
        text.append("Shipping  ").append(amount(order.getShipping())).append('\n')
                .append("Total  ").append(amount(order.getGrandTotal())).append(" (tax ").append(amount(order.getTax())).append(")\n\n")
                .append("We will write again when it ships.\n");
        String title = "Your order " + order.getNumber();
        String html = Html.document(Html.escape(title), "<h1>" + Html.escape(title) + "</h1>\n"
                + "<p>Thank you. We have your payment and are packing your order now.</p>\n"
                + "<table>\n" + rows
                + "<tr><td>Shipping</td><td style=\"text-align:right\">" + Html.escape(amount(order.getShipping())) + "</td></tr>\n"
                + "<tr><th style=\"text-align:left\">Total</th><th style=\"text-align:right\">" + Html.escape(amount(order.getGrandTotal()))
                + "</th></tr>\n</table>\n<p>We will write again when it ships.</p>");
        return new OutgoingMail(order.getEmail(), "Order " + order.getNumber() + " confirmed", text.toString(), html,
                "order-confirmation/" + order.getNumber());
    }

    public static OutgoingMail shipped(Order order) {
        String title = "Order " + order.getNumber() + " has shipped";
        String text = "Your order " + order.getNumber() + " left our warehouse today by " + order.getShippingMethod() + " shipping.\n";
        String html = Html.document(Html.escape(title), "<h1>" + Html.escape(title) + "</h1>\n<p>Your order "
                + Html.escape(order.getNumber()) + " left our warehouse today by " + Html.escape(order.getShippingMethod())
                + " shipping.</p>");
        return new OutgoingMail(order.getEmail(), title, text, html, "order-shipped/" + order.getNumber());
    }

    /** A parcel left: what it carries and its tracking number, and whether anything of the order is still to come. */
    public static OutgoingMail parcelShipped(Order order, Shipment parcel, int parcelNumber) {
        boolean complete = order.getStatus() == OrderStatus.SHIPPED;
        String title = complete ? "Order " + order.getNumber() + " has shipped" : "Part of order " + order.getNumber() + " has shipped";
        StringBuilder text = new StringBuilder("A parcel of your order " + order.getNumber() + " left our warehouse by "
                + order.getShippingMethod() + " shipping.\nTracking number: " + parcel.getTracking() + "\n\nIn this parcel:\n");
        StringBuilder rows = new StringBuilder();
        for (Shipment.Line line : parcel.getLines()) {
            text.append(line.getQuantity()).append(" x ").append(line.getSku()).append('\n');
            rows.append("<li>").append(line.getQuantity()).append(" × ").append(Html.escape(line.getSku())).append("</li>");
        }
        String rest = complete ? "That was the last of it: everything you ordered is on its way."
                : "The rest of your order follows in another parcel.";
        text.append('\n').append(rest).append('\n');
        String html = Html.document(Html.escape(title), "<h1>" + Html.escape(title) + "</h1>\n<p>A parcel of your order "
                + Html.escape(order.getNumber()) + " left our warehouse by " + Html.escape(order.getShippingMethod())
                + " shipping.</p>\n<p>Tracking number: <strong>" + Html.escape(parcel.getTracking()) + "</strong></p>\n<ul>" + rows
                + "</ul>\n<p>" + Html.escape(rest) + "</p>");
        return new OutgoingMail(order.getEmail(), title, text.toString(), html, "order-parcel/" + order.getNumber() + "/" + parcelNumber);
    }

    /**
     * @param reason what makes this refund one of its own (the staff request's idempotency key or
     *               the provider's event id), so two refunds of an order send two emails and a
     *               retried one sends one
     */
    public static OutgoingMail refund(Order order, Money amount, String reason) {
        String title = "Refund for order " + order.getNumber();
        String text = "We have refunded " + amount(amount) + " for your order " + order.getNumber()
                + ". It reaches your card within a few days.\n";
        String html = Html.document(Html.escape(title), "<h1>" + Html.escape(title) + "</h1>\n<p>We have refunded <strong>"
                + Html.escape(amount(amount)) + "</strong> for your order " + Html.escape(order.getNumber())
                + ". It reaches your card within a few days.</p>");
        String key = "order-refund/" + order.getNumber() + "/" + reason;
        return new OutgoingMail(order.getEmail(), title, text, html, key.length() > 200 ? key.substring(0, 200) : key);
    }

    static String amount(Money money) {
        return money.amount().setScale(money.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN).toPlainString()
                + " " + money.currency().getCurrencyCode();
    }
}
