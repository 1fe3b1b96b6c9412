package org.coopflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails people in their own language. Each mail is written to the outbox (the {@code notification} table) in
 * the business transaction: a rolled-back action notifies nobody, a committed one is delivered by the
 * {@link OutboxWorker} of whichever node gets to it first, with retries — never lost with a node. Without a mail
 * server (the embedded default) the outbox is the record.
 *
 * <p>Mail to an account passes its {@link MailPreference}: only accounts that want e-mail at once are mailed here.
 * What concerns an account is decided once, by the inbox (org.coopflow.inbox), which writes the item and mails it
 * through {@link #mailAtOnce}; the daily digest of those who chose it goes through {@link #mailDigest}.
 */
@Service
public class Notifier {

    /** What one e-mail says, in its reader's language: the templates add the button, the link and the footer. */
    public record MailText(String subject, String message) {
    }

    private final NotificationMapper mapper;
    private final MailTemplates templates;
    private final OutboxWorker worker;
    private final MailDelivery delivery;
    private final MailPreferences preferences;
    private final Clock clock;

    Notifier(NotificationMapper mapper, MailTemplates templates, OutboxWorker worker, MailDelivery delivery,
             MailPreferences preferences, Clock clock) {
        this.mapper = mapper;
        this.templates = templates;
        this.worker = worker;
        this.delivery = delivery;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** Whether mail leaves this installation at all (spring.mail.host set): pages say "e-mailed" only then. */
    public boolean sendsMail() {
        return delivery.sendsMail();
    }

    /**
     * Notifies the members of these candidate groups who want e-mail at once; {@code key} names
     * notification.{key}.subject/.body.
     */
    public void notifyGroups(Long requestId, List<String> groups, String key, Object... args) {
        if (groups.isEmpty()) {
            return;
        }
        send(requestId, wantingMailAtOnce(mapper.findRecipientsOfGroups(groups)), key, args);
    }

    /**
     * A contact person who may have no account (the request's contact e-mail); an address of accounts that all
     * chose not to be e-mailed at once is not mailed.
     *
     * @return whether a mail was queued
     */
    public boolean notifyAddress(Long requestId, String email, Locale locale, String key, Object... args) {
        List<MailPreference> accounts = preferences.ofAccountsAt(email);
        if (!accounts.isEmpty() && !accounts.contains(MailPreference.AT_ONCE)) {
            return false;
        }
        send(requestId, List.of(new Recipient(null, email, locale.toLanguageTag())), key, args);
        return true;
    }

    /**
     * E-mails one item to an account that wants e-mail at once, in its language, with a button to {@code path}
     * (e.g. {@code /inbox/42}).
     *
     * @return whether a mail was queued (false: the account chose a digest or no e-mail, or is disabled)
     */
    public boolean mailAtOnce(Long requestId, String username, String path, Function<Locale, MailText> text) {
        Recipient recipient = mapper.findRecipient(username);
        if (recipient == null || preferences.of(username) != MailPreference.AT_ONCE) {
            return false;
        }
        queue(requestId, recipient, path, text);
        return true;
    }

    /** The daily digest of an account that chose it. @return whether a mail was queued */
    public boolean mailDigest(String username, String path, Function<Locale, MailText> text) {
        Recipient recipient = mapper.findRecipient(username);
        if (recipient == null || preferences.of(username) != MailPreference.DIGEST) {
            return false;
        }
        queue(null, recipient, path, text);
        return true;
    }

    /** Whether a mail about this request to this address is in the outbox and will leave (not failed, not only recorded). */
    public boolean mailedTo(Long requestId, String email) {
        return sendsMail() && mapper.countMailsTo(requestId, email) > 0;
    }

    /** The outbox rows about a request, oldest first, whatever became of them. */
    public List<Notification> sentFor(Long requestId) {
        return mapper.findByRequest(requestId);
    }

    private List<Recipient> wantingMailAtOnce(List<Recipient> recipients) {
        Map<String, MailPreference> chosen = preferences.ofAll(recipients.stream().map(Recipient::username).toList());
        return recipients.stream().filter(r -> chosen.get(r.username()) == MailPreference.AT_ONCE).toList();
    }

    private void queue(Long requestId, Recipient recipient, String path, Function<Locale, MailText> text) {
        Locale locale = localeOf(recipient);
        MailText words = text.apply(locale);
        insert(requestId, recipient, locale, templates.write(locale, words.subject(), words.message(), path));
        afterCommit(worker::deliverSoon);
    }

    private static Locale localeOf(Recipient recipient) {
        return recipient.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(recipient.locale());
    }

    private void send(Long requestId, List<Recipient> recipients, String key, Object... args) {
        Map<String, Recipient> unique = new LinkedHashMap<>();
        recipients.forEach(r -> unique.putIfAbsent(r.email(), r));
        for (Recipient recipient : unique.values()) {
            Locale locale = localeOf(recipient);
            insert(requestId, recipient, locale, templates.write(requestId, locale, key, args));
        }
        if (!unique.isEmpty()) {
            afterCommit(worker::deliverSoon);
        }
    }

    private void insert(Long requestId, Recipient recipient, Locale locale, MailTemplates.Mail mail) {
        Instant now = clock.instant();
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
