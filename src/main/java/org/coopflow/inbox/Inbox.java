package org.coopflow.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coopflow.identity.CurrentUser;
import org.coopflow.notification.MailPreference;
import org.coopflow.notification.MailPreferences;
import org.coopflow.notification.Notifier;
import org.coopflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's inbox. Items are written in the transaction of the event that caused them — a rolled-back action
 * leaves none — and each reader's e-mail follows from the same item: at once, in the daily digest, or not at all,
 * as they chose.
 */
@Service
public class Inbox {

    /** The badge counts this many unread items at most ("99+" beyond), so it reads a few index entries only. */
    static final int BADGE_CAP = 100;

    private final InboxMapper mapper;
    private final InboxWording wording;
    private final Notifier notifier;
    private final MailPreferences preferences;
    private final Clock clock;

    Inbox(InboxMapper mapper, InboxWording wording, Notifier notifier, MailPreferences preferences, Clock clock) {
        this.mapper = mapper;
        this.wording = wording;
        this.notifier = notifier;
        this.preferences = preferences;
        this.clock = clock;
    }

    /**
     * Writes the news into the inboxes of these people — never of whoever acted, and of a partner only for its
     * own organisation's request — and e-mails those who want it at once.
     */
    void deliver(News news, Collection<String> usernames) {
        Set<String> concerned = new LinkedHashSet<>(usernames);
        concerned.remove(news.actor);
        if (concerned.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Reader> readers = mapper.findReaders(concerned).stream()
                .filter(r -> !r.partner() || r.organisationCode().equals(news.request.partnerOrg())).toList();
        Map<String, MailPreference> mail = preferences.ofAll(readers.stream().map(Reader::username).toList());
        for (Reader reader : readers) {
            InboxItem item = news.itemFor(reader.username(), now);
            item.mail = switch (mail.get(reader.username())) {
                case AT_ONCE -> MailState.AT_ONCE.name();
                case DIGEST -> MailState.DIGEST.name();
                case NONE -> MailState.NONE.name();
            };
            mapper.insert(item);
            if (MailState.AT_ONCE.name().equals(item.mail) && !notifier.mailAtOnce(item.requestId, reader.username(),
                    "/inbox/" + item.id, locale -> wording.mailOf(item, reader, locale))) {
                mapper.updateMail(item.id, MailState.NONE);
            }
        }
    }

    /** How many unread items the user has, up to {@value #BADGE_CAP}. */
    public int unread(String username) {
        return mapper.countUnread(username, BADGE_CAP);
    }

    /** A page of the user's items, newest first, with one more than asked when there is a next page. */
    List<InboxItem> page(CurrentUser user, boolean unreadOnly, int page, int size) {
        return mapper.findPage(user.username(), unreadOnly, page * size, size + 1);
    }

    /** Opens one of the user's items: marked read, and where it leads. Another user's item does not exist. */
    @Transactional
    InboxItem open(CurrentUser user, Long itemId) {
        InboxItem item = Optional.ofNullable(mapper.findOwn(itemId, user.username()))
                .orElseThrow(() -> new NotFoundException("inbox.item.notFound"));
        mapper.markRead(item.id, user.username(), clock.instant());
        return item;
    }

    int markAllRead(CurrentUser user) {
        return mapper.markAllRead(user.username(), clock.instant());
    }

    /** The user opened this page (a request, a step): their items leading there are read. */
    void pageOpened(String username, String page) {
        mapper.markPageRead(username, page, clock.instant());
    }

    /** Someone took the step: it is no longer on offer to the others, nor news to them. */
    void stepTaken(String taskId) {
        mapper.markOffersRead(taskId, clock.instant());
    }

    /** The step was completed or cancelled: what was said about it (offers, deadlines) waits on nobody any more. */
    void stepClosed(String taskId) {
        mapper.markStepRead(taskId, clock.instant());
    }

    /** How many people were e-mailed at once about this message (pages say "e-mailed" only when someone was). */
    public long mailedAboutMessage(Long messageId) {
        return notifier.sendsMail() ? mapper.countMailedAbout(ItemKind.MESSAGE_POSTED, messageId) : 0;
    }
}
