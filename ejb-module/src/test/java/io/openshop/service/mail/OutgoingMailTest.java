package io.openshop.service.mail;

import io.openshop.domain.shared.EmailAddress;
import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the outbox accepts, and the escaping every template uses. */
class OutgoingMailTest {

    @Test
    void oneAddressAOneLineSubjectABodyAndADedupeKey() {
        OutgoingMail mail = OutgoingMail.plain(EmailAddress.of(" kim@example.org "), "Welcome", "Hello", "sign-up/1");
        assertEquals("kim@example.org", mail.recipient().value());
        assertNull(mail.html());
        assertThrows(InvalidInputException.class, () -> OutgoingMail.plain(EmailAddress.of("kim@example.org, eve@example.org"), "s", "t", "k"));
        assertThrows(InvalidInputException.class, () -> OutgoingMail.plain(EmailAddress.of("kim@example.org"), "Hi\r\nBcc: eve@example.org", "t", "k"),
                "a line break in the subject would add a header");
        assertThrows(InvalidInputException.class, () -> OutgoingMail.plain(EmailAddress.of("kim@example.org"), "s", " ", "k"));
        assertThrows(InvalidInputException.class, () -> OutgoingMail.plain(EmailAddress.of("kim@example.org"), "s", "t", ""));
        assertThrows(InvalidInputException.class, () -> OutgoingMail.plain(EmailAddress.of("kim@example.org"), "s", "t", "k".repeat(201)));
    }

    @Test
    void htmlEscapesMarkupAndQuotes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;", Html.escape("<script>alert(\"x\")</script> & '"));
        assertEquals("", Html.escape(null));
    }
}
