package org.coopflow.audit;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.coopflow.identity.Role;
import org.coopflow.request.RequestLabels;
import org.coopflow.system.EngineIdentity;
import org.coopflow.tasklist.TaskNames;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Audit entries in words, in the reader's language (i18n/audit): {@code audit.line.<TYPE>.<decision>} when the
 * decision changes the sentence, else {@code audit.line.<TYPE>}. Every sentence takes the same arguments:
 * <ol start="0">
 * <li>who acted</li><li>the step</li><li>from status</li><li>to status</li><li>lead agency</li>
 * <li>supporting agencies</li><li>agency</li><li>the other person (delegate, expert, owner)</li><li>document</li>
 * <li>number (version, revision, round, rating, satisfaction)</li><li>date</li><li>the decision in words</li>
 * <li>the detail in words</li>
 * </ol>
 */
@Component
class TimelineWording {

    private final MessageSource messages;
    private final RequestLabels labels;

    TimelineWording(MessageSource messages, RequestLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    TimelineLine line(AuditEntry e, Locale locale, boolean forPartner) {
        String who = who(e, locale, forPartner);
        String step = e.step() == null ? null : messages.getMessage(TaskNames.of(e.step()), locale);
        if (e.eventType() == AuditEventType.LEGACY) {
            return new TimelineLine(e, who, e.legacyText(), step);
        }
        Object[] args = {who, step == null ? "" : step, status(e.fromStatus(), locale), status(e.toStatus(), locale),
                agency(e.leadAgency(), locale), agencies(e.supportingAgencies(), locale), agency(e.agency(), locale),
                e.counterpartName() == null ? "" : e.counterpartName(),
                e.documentName() == null ? "" : e.documentName(),
                e.numberValue() == null ? "" : NumberFormat.getIntegerInstance(locale).format(e.numberValue()),
                e.onDate() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                        .format(e.onDate()),
                code("audit.decision.", e.decision(), locale), code("audit.detail.", e.detail(), locale)};
        return new TimelineLine(e, who, sentence(e, args, locale), step);
    }

    private String sentence(AuditEntry e, Object[] args, Locale locale) {
        String key = "audit.line." + e.eventType().name();
        if (e.decision() != null) {
            try {
                return messages.getMessage(key + "." + e.decision(), args, locale);
            } catch (NoSuchMessageException general) {
                // the decision does not change this event's sentence
            }
        }
        return messages.getMessage(key, args, key, locale);
    }

    /**
     * "Lee Ji-won (MOIS intake)"; a partner's staff by organisation. A partner reading its own request's history
     * sees the Korean side by agency and role only, never officials' names.
     */
    String who(AuditEntry e, Locale locale, boolean forPartner) {
        if (EngineIdentity.SYSTEM.equals(e.actor())) {
            return messages.getMessage("audit.who.system", null, locale);
        }
        String name = e.actorName() != null ? e.actorName() : e.actor();
        String role = e.actorRole() == null ? "" : messages.getMessage("audit.role." + e.actorRole(), null,
                e.actorRole(), locale);
        if (Role.PARTNER.name().equals(e.actorRole())) {
            return messages.getMessage("audit.who.partner", new Object[]{name, labels.organisation(e.actorOrg())},
                    locale);
        }
        if (forPartner) {
            return messages.getMessage("audit.who.official", new Object[]{labels.agency(e.actorOrg()), role}, locale);
        }
        return messages.getMessage("audit.who", new Object[]{name, e.actorOrg() == null ? "" : e.actorOrg(), role},
                locale);
    }

    private String status(String code, Locale locale) {
        return code == null ? "" : messages.getMessage("status." + code, null, code, locale);
    }

    private String agency(String code, Locale locale) {
        return code == null ? messages.getMessage("audit.none", null, locale) : labels.agency(code);
    }

    private String agencies(String codes, Locale locale) {
        List<String> list = codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
        return list.isEmpty() ? messages.getMessage("audit.none", null, locale)
                : list.stream().map(labels::agency).collect(Collectors.joining(", "));
    }

    private String code(String prefix, String code, Locale locale) {
        return code == null ? "" : messages.getMessage(prefix + code, null, code, locale);
    }
}
