package io.openshop.web.platform;

import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Times typed into filters, as the API and the back-office date fields send them. */
class QueryParametersTest {

    @Test
    void anInstantALocalTimeAndADateAreReadAsUtc() {
        assertEquals(Instant.parse("2026-11-26T10:00:00Z"), QueryParameters.instant("from", "2026-11-26T10:00:00Z"));
        assertEquals(Instant.parse("2026-11-26T09:00:00Z"), QueryParameters.instant("from", "2026-11-26T10:00:00+01:00"));
        assertEquals(Instant.parse("2026-11-26T10:00:00Z"), QueryParameters.instant("from", " 2026-11-26T10:00 "));
        assertEquals(Instant.parse("2026-11-26T00:00:00Z"), QueryParameters.instant("from", "2026-11-26"));
    }

    @Test
    void blankIsNoFilterAndAnythingElseIsABadInputNamingTheParameter() {
        assertNull(QueryParameters.instant("to", null));
        assertNull(QueryParameters.instant("to", "  "));
        for (String bad : new String[] {"yesterday", "2026-13-01", "26.11.2026", "2026-11-26T25:00"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> QueryParameters.instant("to", bad), bad);
            assertEquals("to", e.field());
        }
    }
}
