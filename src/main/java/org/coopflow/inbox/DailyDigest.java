package org.coopflow.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.coopflow.notification.MailPreferences;
import org.coopflow.notification.Notifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One mail a day for those who chose the digest, from {@code coopflow.inbox.digest-hour} in their own time zone:
 * the items that waited for it and are still unread. A digest is sent only by moving the reader's date in
 * inbox_digest forward, in the transaction that writes the mail to the outbox, so however many nodes (or passes)
 * try, each reader gets at most one a day.
 */
@Component
public class DailyDigest {

    /** Items a digest lists one by one; it counts the others. */
    static final int LISTED = 50;
    /** Items a digest takes past it at a time (the rest wait for the next day's). */
    static final int TAKEN = 1000;
    private static final LocalDate NEVER = LocalDate.of(2000, 1, 1);

    private final InboxMapper mapper;
    private final InboxWording wording;
    private final Notifier notifier;
    private final MailPreferences preferences;
    private final InboxSettings settings;
    private final TransactionTemplate transaction;

    DailyDigest(InboxMapper mapper, InboxWording wording, Notifier notifier, MailPreferences preferences,
                InboxSettings settings, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.wording = wording;
        this.notifier = notifier;
        this.preferences = preferences;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Sends the digests due at this instant (the schedule calls it every few minutes, on one node at a time).
     *
     * @return how many digest mails were written
     */
    public int sendDue(Instant now) {
        int sent = 0;
        List<String> readers = preferences.digestReaders();
        for (Reader reader : readers.isEmpty() ? List.<Reader>of() : mapper.findReaders(readers)) {
            ZonedDateTime local = now.atZone(wording.zoneOf(reader));
            if (local.getHour() >= settings.digestHour() && send(reader, local.toLocalDate(), now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Reader reader, LocalDate today, Instant now) {
        if (mapper.countDigestRows(reader.username()) == 0) {
            try {
                transaction.executeWithoutResult(status -> mapper.insertDigestRow(reader.username(), NEVER));
            } catch (DuplicateKeyException insertedByAnotherNode) {
                // the claim below decides
            }
        }
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (mapper.claimDigest(reader.username(), today, now) == 0) {
                return false; // today's digest is sent (or being sent by another node)
            }
            List<InboxItem> waiting = mapper.findAwaitingDigest(reader.username(), TAKEN);
            List<InboxItem> unread = waiting.stream().filter(InboxItem::unread).toList();
            if (!waiting.isEmpty()) {
                mapper.markDigested(waiting.stream().map(i -> i.id).toList());
            }
            if (unread.isEmpty()) {
                return false;
            }
            List<InboxItem> listed = unread.subList(0, Math.min(LISTED, unread.size()));
            return notifier.mailDigest(reader.username(), "/inbox", locale -> wording.digestOf(listed,
                    unread.size() - listed.size(), reader, locale, settings.digestTime()));
        }));
    }
}
