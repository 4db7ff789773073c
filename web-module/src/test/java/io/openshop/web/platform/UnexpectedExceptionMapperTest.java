package io.openshop.web.platform;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnexpectedExceptionMapperTest {

    @Test
    void aDatabaseThatIsDownOrShuttingDownIsUnreachableNotAFaultOfOurs() {
        assertTrue(UnexpectedExceptionMapper.databaseUnreachable(new PersistenceException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"))));
        assertTrue(UnexpectedExceptionMapper.databaseUnreachable(new PersistenceException(new SQLException("closed", "08003"))));
        assertFalse(UnexpectedExceptionMapper.databaseUnreachable(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505"))));
    }
}
