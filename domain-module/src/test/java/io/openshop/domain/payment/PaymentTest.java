package io.openshop.domain.payment;

import io.openshop.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentTest {

    private static Payment captured(String amount) {
        Payment p = Payment.authorized(1L, "stripe", "pm_card_visa", new PaymentGateway.Authorization("pi_1", "4242"),
                Money.of(amount, "EUR"), OffsetDateTime.now());
        p.captured();
        return p;
    }

    @Test
    void partialRefundsAddUpToTheCaptureAndNeverBeyond() {
        Payment p = captured("30.00");
        assertFalse(p.refund(Money.of("10.00", "EUR")));
        assertEquals(PaymentStatus.PARTIALLY_REFUNDED, p.getStatus());
        assertThrows(RefundNotAllowedException.class, () -> p.refund(Money.of("20.01", "EUR")));
        assertEquals(Money.of("10.00", "EUR"), p.getRefunded(), "a refused refund changes nothing");
        assertTrue(p.refund(Money.of("20.00", "EUR")));
        assertEquals(PaymentStatus.REFUNDED, p.getStatus());
        assertThrows(RefundNotAllowedException.class, () -> p.refund(Money.of("0.01", "EUR")));
    }

    @Test
    void onlyACapturedPaymentIsRefundedAndOnlyByAPositiveAmountInItsCurrency() {
        Payment authorised = Payment.authorized(1L, "stripe", "pm_card_visa", new PaymentGateway.Authorization("pi_2", "4242"),
                Money.of("5.00", "EUR"), OffsetDateTime.now());
        assertThrows(RefundNotAllowedException.class, () -> authorised.refund(Money.of("1.00", "EUR")));
        Payment p = captured("5.00");
        assertThrows(RefundNotAllowedException.class, () -> p.refund(Money.of("0.00", "EUR")));
        assertThrows(RefundNotAllowedException.class, () -> p.refund(Money.of("1.00", "USD")));
    }

    @Test
    void refundTotalsReportedByTheProviderOnlyEverRaiseTheRefund() {
        Payment p = captured("30.00");
        assertTrue(p.refundedInAllAtProvider(Money.of("30.00", "EUR")));
        assertEquals(PaymentStatus.REFUNDED, p.getStatus());
        assertFalse(p.refundedInAllAtProvider(Money.of("10.00", "EUR")), "an older, smaller total arriving late changes nothing");
        assertEquals(Money.of("30.00", "EUR"), p.getRefunded());
        assertFalse(p.refundedInAllAtProvider(Money.of("30.00", "EUR")), "the same total twice changes nothing");
    }

    @Test
    void aRefundReportedForAnAuthorisationImpliesItsCapture() {
        Payment p = Payment.authorized(1L, "stripe", "pm_card_visa", new PaymentGateway.Authorization("pi_3", "4242"),
                Money.of("30.00", "EUR"), OffsetDateTime.now());
        assertTrue(p.refundedInAllAtProvider(Money.of("10.00", "EUR")));
        assertEquals(PaymentStatus.PARTIALLY_REFUNDED, p.getStatus());
        assertEquals(Money.of("30.00", "EUR"), p.getCaptured());
    }
}
