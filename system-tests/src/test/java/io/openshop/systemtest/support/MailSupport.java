package io.openshop.systemtest.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the shop sends to in the tests: GreenMail in this (client-side) JVM on port
 * base + 25, where the shop script's domain configuration points {@code shop.mail.smtp.port}.
 * Started inside Payara it would clash with the server's own, so only {@code testable = false}
 * classes use it: either started by hand ({@link #start}) or as a JUnit extension ({@link #server}).
 */
public final class MailSupport {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private MailSupport() {
    }

    public static int port() {
        return Integer.parseInt(System.getProperty("shop.port.base", "28000")) + 25;
    }

    public static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** The messages received with exactly this subject. */
    public static List<MimeMessage> withSubject(GreenMail mail, String subject) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> subject.equals(subject(m))).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole message as sent (headers and MIME parts). */
    public static String raw(MimeMessage message) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the condition holds or the time is up (the caller asserts afterwards; the wait
     * is a bound, not a measurement).
     */
    public static void await(int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }

    /** As {@link #await}, for a condition that reads the database. */
    public static void awaitSql(int seconds, SqlCondition condition) throws InterruptedException {
        await(seconds, () -> {
            try {
                return condition.holds();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @FunctionalInterface
    public interface SqlCondition {
        boolean holds() throws java.sql.SQLException;
    }




    public static GreenMailExtension server() {
        int port = Integer.parseInt(System.getProperty("shop.port.base", "28000")) + 25;
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
    }

    /** The emails received for one address so far. */
    public static List<MimeMessage> to(GreenMailExtension mail, String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Waits (up to a minute) until {@code count} emails have arrived for the address; answers them all. */
    public static List<MimeMessage> await(GreenMailExtension mail, String address, int count) throws InterruptedException {
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


    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    /** The token of the link in an email. */
    public static String token(MimeMessage message) {
        Matcher token = TOKEN.matcher(body(message).replace("=\r\n", "").replace("=\n", ""));
        if (!token.find()) {
            throw new AssertionError("no link with a token in: " + body(message));
        }
        return token.group(1);
    }
}
