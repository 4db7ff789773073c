package io.openshop.systemtest.workflow;

import io.openshop.domain.shared.EmailAddress;
import io.openshop.service.mail.MailOutbox;
import io.openshop.service.mail.OutgoingMail;
import io.openshop.systemtest.support.DeploymentSupport;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside Payara Server: the outbox writes in the caller's transaction. A rolled-back
 * transaction leaves no email and no delivery step; a committed one leaves exactly one of each,
 * whose message reaches the mail queue's bean after the commit (seen as an attempt counted); the
 * same dedupe key is never queued twice. (Delivery into a real SMTP server is MailOutboxIT's.)
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxTransactionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentSupport.shopEar(MailOutboxTransactionIT.class);
    }

    @EJB
    MailOutbox outbox;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "jdbc/shop")
    DataSource dataSource;

    private static OutgoingMail mail(String key) {
        return new OutgoingMail(EmailAddress.of("tx-test@example.org"), "Transaction test", "Plain text", "<p>HTML</p>", key);
    }

    @Test
    void aRolledBackTransactionQueuesNothingAndACommittedOneQueuesOnce() throws Exception {
        String rolledBack = "tx-test/" + UUID.randomUUID();
        transaction.begin();
        assertTrue(outbox.enqueue(mail(rolledBack)));
        transaction.rollback();
        assertEquals(0, count("select count(*) from mail_outbox where dedupe_key = ?", rolledBack));
        assertEquals(0, count("select count(*) from workflow_step s where s.kind = 'SEND_MAIL'"
                + " and not exists (select 1 from mail_outbox m where m.id = s.subject_id)"), "no step for a mail that is not there");

        String committed = "tx-test/" + UUID.randomUUID();
        transaction.begin();
        assertTrue(outbox.enqueue(mail(committed)));
        transaction.commit();
        assertFalse(outbox.enqueue(mail(committed)), "the same dedupe key again is not queued");
        assertEquals(1, count("select count(*) from mail_outbox where dedupe_key = ?", committed));
        assertEquals(1, count("select count(*) from workflow_step s join mail_outbox m on m.id = s.subject_id"
                + " where s.kind = 'SEND_MAIL' and m.dedupe_key = ?", committed));

        // No SMTP server listens while this class runs: the message reaches the bean after the commit
        // and its first attempt fails and is counted (and retried, then parked).
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (count("select attempts from workflow_step s join mail_outbox m on m.id = s.subject_id where m.dedupe_key = ?",
                committed) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(count("select attempts from workflow_step s join mail_outbox m on m.id = s.subject_id where m.dedupe_key = ?",
                committed) >= 1, "the delivery step ran after the commit");
        assertEquals(0, count("select count(*) from mail_outbox where dedupe_key = ? and sent_at is not null", committed),
                "not marked sent without an SMTP server");
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
