package org.coopflow.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails people in their own language. Messages are written to the notification outbox in the business
 * transaction and sent only after it commits (a rolled-back action notifies nobody). Without a mail
 * server (the embedded default) the outbox is the record.
 */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationMapper mapper;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Executor executor;
    private final Clock clock;
    private final String from;

    Notifier(NotificationMapper mapper, MessageSource messages, ObjectProvider<JavaMailSender> mailSender,
             TaskExecutor executor, Clock clock, @Value("${coopflow.mail.from:coopflow@localhost}") String from) {
        this.mapper = mapper;
        this.messages = messages;
        this.mailSender = mailSender;
        this.executor = executor;
        this.clock = clock;
        this.from = from;
    }

    /** Notifies the members of these candidate groups; {@code key} names notification.{key}.subject/.body. */
    public void notifyGroups(Long requestId, List<String> groups, String key, Object... args) {
        if (groups.isEmpty()) {
            return;
        }
        send(requestId, mapper.findRecipientsOfGroups(groups), key, args);
    }

    public void notifyUser(Long requestId, String username, String key, Object... args) {
        Recipient recipient = mapper.findRecipient(username);
        if (recipient != null) {
            send(requestId, List.of(recipient), key, args);
        }
    }

    /** A contact person who may have no account (the request's contact e-mail). */
    public void notifyAddress(Long requestId, String email, Locale locale, String key, Object... args) {
        send(requestId, List.of(new Recipient(null, email, locale.toLanguageTag())), key, args);
    }

    public List<Notification> sentFor(Long requestId) {
        return mapper.findByRequest(requestId);
    }

    private void send(Long requestId, List<Recipient> recipients, String key, Object... args) {
        Map<String, Recipient> unique = new LinkedHashMap<>();
        recipients.forEach(r -> unique.putIfAbsent(r.email(), r));
        List<Notification> outbox = new ArrayList<>();
        for (Recipient recipient : unique.values()) {
            Locale locale = recipient.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(recipient.locale());
            Notification n = new Notification();
            n.requestId = requestId;
            n.recipient = recipient.email();
            n.subject = messages.getMessage("notification." + key + ".subject", args, locale);
            n.body = messages.getMessage("notification." + key + ".body", args, locale);
            n.status = "PENDING";
            n.createdAt = clock.instant();
            mapper.insert(n);
            outbox.add(n);
        }
        afterCommit(() -> executor.execute(() -> deliver(outbox)));
    }

    private void deliver(List<Notification> outbox) {
        JavaMailSender sender = mailSender.getIfAvailable();
        for (Notification n : outbox) {
            String status = "RECORDED";
            if (sender != null) {
                try {
                    SimpleMailMessage mail = new SimpleMailMessage();
                    mail.setFrom(from);
                    mail.setTo(n.recipient);
                    mail.setSubject(n.subject);
                    mail.setText(n.body);
                    sender.send(mail);
                    status = "SENT";
                } catch (RuntimeException e) {
                    log.warn("Could not send notification {} to {}: {}", n.id, n.recipient, e.getMessage());
                    status = "FAILED";
                }
            }
            mapper.markSent(n.id, status, clock.instant());
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
