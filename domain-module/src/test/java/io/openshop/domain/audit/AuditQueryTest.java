package io.openshop.domain.audit;

import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditQueryTest {

    @Test
    void blankPartsMeanAnyAndActionsAreNamedByTheLog() {
        AuditQuery query = AuditQuery.of("  ", "role_granted", " bo@shop.test ", null, null);
        assertNull(query.actor());
        assertEquals(AuditAction.ROLE_GRANTED, query.action());
        assertEquals("bo@shop.test", query.target());
        assertNull(AuditQuery.of(null, "", null, null, null).action());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AuditQuery.of(null, "DROP TABLE", null, null, null));
        assertEquals("action", e.field());
    }

    @Test
    void theTimeRangeMustNotBeEmpty() {
        Instant at = Instant.parse("2026-11-26T10:00:00Z");
        assertThrows(InvalidInputException.class, () -> new AuditQuery(null, null, null, at, at));
        assertThrows(InvalidInputException.class, () -> new AuditQuery(null, null, null, at, at.minusSeconds(1)));
        assertEquals(at, new AuditQuery(null, null, null, at, at.plusSeconds(1)).from());
    }
}
