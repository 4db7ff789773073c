package io.openshop.systemtest;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the shop sends to in the tests: GreenMail in this JVM on port base + 25, where
 * the test domain's mail settings point.
 */
final class MailSupport {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private MailSupport() {
    }

    static GreenMailExtension server() {
        int port = Integer.parseInt(System.getProperty("shop.port.base", "28000")) + 25;
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
    }

    /** The emails received for one address so far. */
    static List<MimeMessage> to(GreenMailExtension mail, String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Waits (up to a minute) until {@code count} emails have arrived for the address; answers them all. */
    static List<MimeMessage> await(GreenMailExtension mail, String address, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        List<MimeMessage> received = to(mail, address);
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            received = to(mail, address);
        }
        if (received.size() < count) {
            throw new AssertionError("expected " + count + " emails to " + address + ", got " + received.size());
        }
        return received;
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    /** The token of the link in an email. */
    static String token(MimeMessage message) {
        Matcher token = TOKEN.matcher(body(message).replace("=\r\n", "").replace("=\n", ""));
        if (!token.find()) {
            throw new AssertionError("no link with a token in: " + body(message));
        }
        return token.group(1);
    }
}
