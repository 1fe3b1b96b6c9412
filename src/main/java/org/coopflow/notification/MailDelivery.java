package org.coopflow.notification;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
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

    /**
     * Hands these mails to the server over one connection.
     *
     * @return the mails the server did not take, each with its exception (empty: all taken)
     */
    Map<MimeMessage, Exception> deliver(List<MimeMessage> messages) {
        try {
            mailSender.getObject().send(messages.toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException e) {
            Map<MimeMessage, Exception> failed = new HashMap<>();
            e.getFailedMessages().forEach((message, failure) -> failed.put((MimeMessage) message, failure));
            if (failed.isEmpty()) {
                messages.forEach(m -> failed.put(m, e));
            }
            return failed;
        } catch (MailException e) {
            Map<MimeMessage, Exception> failed = new HashMap<>();
            messages.forEach(m -> failed.put(m, e));
            return failed;
        }
    }

    /** @throws MailPreparationException when the mail cannot even be written (e.g. a malformed address) */
    MimeMessage prepare(Notification n) {
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
        return message;
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
