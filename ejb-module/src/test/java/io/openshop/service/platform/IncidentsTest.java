package io.openshop.service.platform;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IncidentsTest {

    @Test
    void anIncidentIsSummedUpByTheTypesOfItsExceptionAndCausesWithoutTheirMessages() {
        Exception e = new PersistenceException("Key (email)=(ida@example.com) exists", new IllegalStateException("secret detail"));
        assertEquals("PersistenceException < IllegalStateException", Incidents.summary(e));
    }
}
