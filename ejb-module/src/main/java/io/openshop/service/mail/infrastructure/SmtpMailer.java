package io.openshop.service.mail.infrastructure;

import io.openshop.domain.mail.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.Config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends an email through the SMTP server MicroProfile Config names: {@code shop.mail.smtp.host},
 * {@code shop.mail.smtp.port}, {@code shop.mail.from}, optionally {@code shop.mail.smtp.user} with
 * {@code shop.mail.smtp.password} (a Payara password alias of that name) and
 * {@code shop.mail.smtp.starttls}. Settings are read per email, so an operator's change needs no
 * redeploy. Short timeouts: a server that does not answer fails the attempt, which is retried.
 */
@ApplicationScoped
public class SmtpMailer {

    @Inject
    Config config;

    /** Sends it, or throws {@link MailDeliveryException} when the server did not take it. */
    public void send(OutboxMail mail) {
        String host = config.getOptionalValue("shop.mail.smtp.host", String.class).orElse("localhost");
        int port = config.getOptionalValue("shop.mail.smtp.port", Integer.class).orElse(25);
        String from = config.getOptionalValue("shop.mail.from", String.class).orElse("shop@localhost");
        Optional<String> user = config.getOptionalValue("shop.mail.smtp.user", String.class).filter(u -> !u.isBlank());
        boolean startTls = config.getOptionalValue("shop.mail.smtp.starttls", Boolean.class).orElse(false);

        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.smtp.from", from);
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        props.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        Session session;
        if (user.isPresent()) {
            props.put("mail.smtp.auth", "true");
            String password = config.getOptionalValue("shop.mail.smtp.password", String.class).orElse("");
            session = Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password);
                }
            });
        } else {
            session = Session.getInstance(props);
        }
        try {
            MimeMessage message = new StableIdMessage(session, messageId(mail, from));
            message.setFrom(new InternetAddress(from, true));
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
            message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(Instant.now()));
            if (mail.getBodyHtml() == null) {
                message.setText(mail.getBodyText(), StandardCharsets.UTF_8.name());
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.getBodyText(), StandardCharsets.UTF_8.name());
                MimeBodyPart html = new MimeBodyPart();
                html.setText(mail.getBodyHtml(), StandardCharsets.UTF_8.name(), "html");
                message.setContent(new MimeMultipart("alternative", text, html));
            }
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailDeliveryException("SMTP server " + host + ":" + port + " did not take email " + mail.getId() + ": " + e.getMessage(), e);
        }
    }

    /** The same for every attempt at one email, so a repeat after a crash can be recognised by mail systems. */
    static String messageId(OutboxMail mail, String from) {
        String domain = from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(mail.getDedupeKey().getBytes(StandardCharsets.UTF_8))).substring(0, 24);
            return "<" + mail.getId() + "." + hash + "@" + (domain.isEmpty() ? "openshop" : domain) + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    /** A message whose Message-ID is ours, not one Jakarta Mail makes up on each save. */
    private static final class StableIdMessage extends MimeMessage {

        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
