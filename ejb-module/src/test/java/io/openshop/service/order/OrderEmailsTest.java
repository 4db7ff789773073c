package io.openshop.service.order;

import io.openshop.domain.checkout.Pricing;
import io.openshop.domain.checkout.PricingLine;
import io.openshop.domain.order.Order;
import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.PostalAddress;
import io.openshop.domain.order.StockAllocation;
import io.openshop.domain.shared.Money;
import io.openshop.service.mail.OutgoingMail;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The order emails: keys that make each one once, amounts at the currency's scale, and nothing unescaped in the HTML. */
class OrderEmailsTest {

    private final Order order = Order.place("SO-000777", EmailAddress.of("kim@example.org"), new PostalAddress("Kim", "Road 1", null, "75001", "Paris", "FR"),
            "standard", null, Pricing.price(List.of(new PricingLine(5, "SKU-5", "<script>alert('x')</script> & Co", Money.of("10.00", "EUR"), 2,
                    new BigDecimal("0.2"))), Money.of("0", "EUR"), Money.of("4.90", "EUR"), new BigDecimal("0.2"), true),
            List.of(new StockAllocation(5, 1, 2)), null, "kim@example.org", OffsetDateTime.now(ZoneOffset.UTC));

    @Test
    void theConfirmationListsTheLinesWithTheNameEscapedInTheHtml() {
        OutgoingMail mail = OrderEmails.confirmation(order);
        assertEquals("order-confirmation/SO-000777", mail.dedupeKey());
        assertEquals(EmailAddress.of("kim@example.org"), mail.recipient());
        assertEquals("Order SO-000777 confirmed", mail.subject());
        assertTrue(mail.text().contains("2 × <script>alert('x')</script> & Co (SKU-5)  20.00 EUR"), mail.text());
        assertTrue(mail.text().contains("Total  24.90 EUR"), mail.text());
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertTrue(mail.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"), mail.html());
    }

    @Test
    void shippedAndRefundEmailsAreKeyedByOrderAndRefund() {
        assertEquals("order-shipped/SO-000777", OrderEmails.shipped(order).dedupeKey());
        OutgoingMail refund = OrderEmails.refund(order, Money.of("5", "EUR"), "key-abc");
        assertEquals("order-refund/SO-000777/key-abc", refund.dedupeKey());
        assertTrue(refund.text().contains("5.00 EUR"), refund.text());
        assertTrue(OrderEmails.refund(order, Money.of("5", "EUR"), "k".repeat(300)).dedupeKey().length() <= 200);
    }
}
