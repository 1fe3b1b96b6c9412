package org.coopflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails people in their own language. Each mail is written to the outbox (the {@code notification} table) in
 * the business transaction: a rolled-back action notifies nobody, a committed one is delivered by the
 * {@link OutboxWorker} of whichever node gets to it first, with retries — never lost with a node. Without a mail
 * server (the embedded default) the outbox is the record.
 */
@Service
public class Notifier {

    private final NotificationMapper mapper;
    private final MailTemplates templates;
    private final OutboxWorker worker;
    private final Clock clock;

    Notifier(NotificationMapper mapper, MailTemplates templates, OutboxWorker worker, Clock clock) {
        this.mapper = mapper;
        this.templates = templates;
        this.worker = worker;
        this.clock = clock;
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

    /** The outbox rows about a request, oldest first, whatever became of them. */
    public List<Notification> sentFor(Long requestId) {
        return mapper.findByRequest(requestId);
    }

    private void send(Long requestId, List<Recipient> recipients, String key, Object... args) {
        Map<String, Recipient> unique = new LinkedHashMap<>();
        recipients.forEach(r -> unique.putIfAbsent(r.email(), r));
        Instant now = clock.instant();
        for (Recipient recipient : unique.values()) {
            Locale locale = recipient.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(recipient.locale());
            MailTemplates.Mail mail = templates.write(requestId, locale, key, args);
            Notification n = new Notification();
            n.requestId = requestId;
            n.recipient = recipient.email();
            n.subject = mail.subject();
            n.body = mail.text();
            n.htmlBody = mail.html();
            n.locale = locale.toLanguageTag();
            n.status = NotificationStatus.PENDING.name();
            n.createdAt = now;
            n.nextAttemptAt = now;
            mapper.insert(n);
        }
        if (!unique.isEmpty()) {
            afterCommit(worker::deliverSoon);
        }
    }

    /** The rows are safe either way; this only spares them the wait for the next poll. */
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
