package org.coopflow.notification;

import java.net.URI;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one mail of the outbox to the SMTP server: HTML with a plain-text alternative, and a Message-ID made from
 * the outbox row, so that a mail sent twice after a crash between hand-over and commit is one message to mail
 * clients. Marked auto-generated (RFC 3834) so that out-of-office replies are not sent back to it.
 */
@Component
class MailDelivery {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSettings settings;
    private final String messageIdDomain;

    MailDelivery(ObjectProvider<JavaMailSender> mailSender, MailSettings settings,
                 @Value("${coopflow.web.base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.settings = settings;
        String host = URI.create(baseUrl).getHost();
        this.messageIdDomain = host == null ? "coopflow.local" : host;
    }

    /** Whether this installation sends mail at all (spring.mail.host set). */
    boolean sendsMail() {
        return mailSender.getIfAvailable() != null;
    }

    /** @throws MailException when the server does not take it */
    void deliver(Notification n) {
        JavaMailSender sender = mailSender.getObject();
        MimeMessage message = sender instanceof JavaMailSenderImpl impl
                ? new OutboxMessage(impl.getSession(), "<notification-" + n.id + "@" + messageIdDomain + ">")
                : sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
            mail.setFrom(settings.from());
            mail.setTo(n.recipient);
            mail.setSubject(n.subject);
            if (n.htmlBody == null) {
                mail.setText(n.body, false);
            } else {
                mail.setText(n.body, n.htmlBody);
            }
            message.setHeader("Auto-Submitted", "auto-generated");
            if (n.locale != null) {
                message.setHeader("Content-Language", n.locale);
            }
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }

    /** Keeps its Message-ID when saved, instead of a fresh random one. */
    private static final class OutboxMessage extends MimeMessage {

        private final String messageId;

        OutboxMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
