package org.coopflow.inbox;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.coopflow.calendar.WorkingCalendars;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.notification.Notifier.MailText;
import org.coopflow.reference.Organisation;
import org.coopflow.reference.ReferenceData;
import org.coopflow.tasklist.TaskNames;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Items in business words, in the reader's language and time zone: {@code inbox.item.<KIND>.<code>} (or
 * {@code inbox.item.<KIND>.partner} for a partner, or {@code inbox.item.<KIND>}) with the arguments {0} reference, {1} title, {2} the step's name, {3} who acted,
 * {4} the lead agency, {5} a number (version, round, rating, working days), {6} the actor's few words, {7} the due
 * date, {8} the step more time is asked for (its key is the code of an {@link ItemKind#EXTENSION_REQUESTED}). Who acted
 * is named to officials; a partner reads an official's organisation instead, never a name or an engine id.
 */
@Component
class InboxWording {

    private static final ZoneId SEOUL = WorkingCalendars.SEOUL;

    private final MessageSource messages;
    private final CoopFlowUserDetailsService users;
    private final ReferenceData reference;
    private final WorkingCalendars calendars;

    InboxWording(MessageSource messages, CoopFlowUserDetailsService users, ReferenceData reference,
                 WorkingCalendars calendars) {
        this.messages = messages;
        this.users = users;
        this.reference = reference;
        this.calendars = calendars;
    }

    /** Words for many items of one reader: who acted is looked up once per person. */
    Sentences sentencesFor(Reader reader, Locale locale, ZoneId zone) {
        return new Sentences(reader, locale, zone);
    }

    /** The reader's own time zone, else their organisation's (Korean agencies: Seoul). */
    ZoneId zoneOf(Reader reader) {
        if (reader.timeZone() != null) {
            try {
                return ZoneId.of(reader.timeZone());
            } catch (DateTimeException unknown) {
                // fall back to the organisation's
            }
        }
        try {
            return calendars.forOrganisation(reader.organisationCode()).zone();
        } catch (RuntimeException noCalendar) {
            return SEOUL;
        }
    }

    /** An e-mail of one item, sent as it is written. */
    MailText mailOf(InboxItem item, Reader reader, Locale locale) {
        String line = sentencesFor(reader, locale, zoneOf(reader)).of(item);
        String subject = messages.getMessage("inbox.mail.subject", new Object[]{line}, locale);
        String message = String.join("\n\n", line,
                messages.getMessage("inbox.mail.request", new Object[]{item.reference, item.title}, locale),
                messages.getMessage("inbox.mail.why", null, locale));
        return new MailText(subject, message);
    }

    /** The daily digest: the unread items one by one, oldest first, and how many more wait in the inbox. */
    MailText digestOf(List<InboxItem> items, long more, Reader reader, Locale locale, String from) {
        Sentences sentences = sentencesFor(reader, locale, zoneOf(reader));
        StringBuilder lines = new StringBuilder();
        items.forEach(item -> lines.append("• ").append(sentences.of(item)).append('\n'));
        if (more > 0) {
            lines.append(messages.getMessage("inbox.digest.more", new Object[]{more}, locale)).append('\n');
        }
        long count = items.size() + more;
        String subject = messages.getMessage("inbox.digest.subject", new Object[]{count}, locale);
        String message = String.join("\n\n", messages.getMessage("inbox.digest.intro", new Object[]{count}, locale),
                lines.toString().strip(), messages.getMessage("inbox.digest.why", new Object[]{from}, locale));
        return new MailText(subject, message);
    }

    final class Sentences {

        private final Reader reader;
        private final Locale locale;
        private final ZoneId zone;
        private final Map<String, Optional<CurrentUser>> people = new HashMap<>();

        private Sentences(Reader reader, Locale locale, ZoneId zone) {
            this.reader = reader;
            this.locale = locale;
            this.zone = zone;
        }

        String of(InboxItem item) {
            String kind = "inbox.item." + item.kind.name();
            List<String> codes = new ArrayList<>();
            if (item.code != null) {
                codes.add(kind + "." + item.code);
            }
            if (reader.partner()) {
                codes.add(kind + ".partner"); // partners act for their ministry: "waiting on you", not "to take"
            }
            codes.add(kind);
            Object[] args = {item.reference, item.title,
                    item.taskKey == null ? "" : messages.getMessage(TaskNames.of(item.taskKey), locale),
                    actor(item.actor), item.kind == ItemKind.REQUEST_ACCEPTED ? organisation(item.code) : "",
                    item.ordinal == null ? "" : item.ordinal, item.note == null ? "" : item.note,
                    item.dueAt == null ? "" : (item.kind.dated()
                            // a calendar day, kept as noon UTC so that it is the same day in every reader's zone
                            ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                            .withZone(java.time.ZoneOffset.UTC)
                            : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(locale).withZone(zone)).format(item.dueAt),
                    item.kind == ItemKind.EXTENSION_REQUESTED && item.code != null
                            ? messages.getMessage(TaskNames.of(item.code), locale) : ""};
            return messages.getMessage(new DefaultMessageSourceResolvable(codes.toArray(String[]::new), args,
                    item.kind.name()), locale);
        }

        /** An official by name to officials; to a partner, an official's organisation (their own people by name). */
        private String actor(String username) {
            if (username == null) {
                return messages.getMessage("inbox.actor.system", null, locale);
            }
            Optional<CurrentUser> person = people.computeIfAbsent(username,
                    u -> Optional.ofNullable(users.currentUserOf(u)));
            if (person.isEmpty()) {
                return reader.partner() ? messages.getMessage("inbox.actor.koreanSide", null, locale) : username;
            }
            CurrentUser actor = person.get();
            if (reader.partner() && !actor.organisationCode().equals(reader.organisationCode())) {
                return organisation(actor.organisationCode());
            }
            return actor.displayName();
        }

        private String organisation(String code) {
            if (code == null) {
                return "";
            }
            Organisation organisation = reference.organisation(code);
            if (organisation == null || Organisation.AGENCY.equals(organisation.kind())) {
                return messages.getMessage("agency." + code, null, organisation == null ? code : organisation.name(),
                        locale);
            }
            return organisation.name() + " (" + ReferenceData.countryName(organisation.countryCode(), locale) + ")";
        }
    }
}
