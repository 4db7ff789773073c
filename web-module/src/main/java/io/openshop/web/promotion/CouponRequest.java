package io.openshop.web.promotion;

import io.openshop.service.promotion.NewCoupon;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A new coupon; every field is checked by the service, and a refusal names its field. */
@Schema(description = "A new coupon")
public record CouponRequest(
        @Schema(description = "3 to 40 letters, digits and inner hyphens; stored in capitals", example = "WELCOME10") String code,
        @Schema(description = "PERCENTAGE, FIXED_AMOUNT or FREE_SHIPPING", example = "PERCENTAGE") String kind,
        @Schema(description = "The percentage off (more than 0, at most 100) or the amount off (more than 0); none for free shipping",
                example = "10") BigDecimal value,
        @Schema(description = "One of the shop's currencies, for a fixed amount", example = "EUR") String currency,
        @Schema(description = "How many orders may use it, at least 1; absent for no limit", example = "1000") Integer usageLimit,
        @Schema(description = "Valid from this instant (absent: already)") OffsetDateTime validFrom,
        @Schema(description = "Valid until this instant, exclusive (absent: no end); after validFrom") OffsetDateTime validTo) {

    NewCoupon toDraft() {
        return new NewCoupon(code, kind, value, currency, usageLimit, validFrom, validTo);
    }
}
