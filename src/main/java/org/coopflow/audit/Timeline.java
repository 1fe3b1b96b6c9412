package org.coopflow.audit;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * A request's history as one timeline, read from CoopFlow's own audit record only (the engine's history may be
 * cleaned up without shortening it), one line per business event, in the reader's language.
 */
@Service
public class Timeline {

    /** What a partner's own history shows: what it did, what was asked of it, what was decided for it. */
    private static final Set<AuditEventType> PARTNER_EVENTS = EnumSet.of(AuditEventType.REQUEST_SUBMITTED,
            AuditEventType.STATUS_CHANGED, AuditEventType.MESSAGE_POSTED, AuditEventType.DOCUMENT_ADDED,
            AuditEventType.WITHDRAWAL_REQUESTED, AuditEventType.CLARIFICATION_ASKED,
            AuditEventType.CLARIFICATION_ANSWERED, AuditEventType.CLARIFICATION_LAPSED,
            AuditEventType.CONSULTATION_PLANNED, AuditEventType.CONSULTATION_PLAN_ANSWERED,
            AuditEventType.FEEDBACK_GIVEN, AuditEventType.MOU_VERSION_CREATED, AuditEventType.MOU_SIGNED,
            AuditEventType.MOU_REVIEW_REMINDED, AuditEventType.FOLLOW_UP_ACTION_DEFINED,
            AuditEventType.FOLLOW_UP_REPORTED, AuditEventType.AUDIT_PURGED, AuditEventType.MOU_TERM_RECORDED,
            AuditEventType.OBLIGATION_RECORDED, AuditEventType.OBLIGATION_CAME_DUE, AuditEventType.OBLIGATION_FULFILLED,
            AuditEventType.MOU_EXPIRED);

    private final AuditTrail audit;
    private final TimelineWording wording;

    Timeline(AuditTrail audit, TimelineWording wording) {
        this.audit = audit;
        this.wording = wording;
    }

    /** Every line, or only those of the given categories (decisions, documents, messages). */
    public List<TimelineLine> of(Long requestId, Set<AuditCategory> categories, Locale locale) {
        return audit.of(requestId, categories).stream().map(e -> wording.line(e, locale, false)).toList();
    }

    /** The request's progress for officials: the partner-facing events, with the officials' names. */
    public List<TimelineLine> progress(Long requestId, Locale locale) {
        return audit.of(requestId, null).stream().filter(Timeline::concernsPartner)
                .map(e -> wording.line(e, locale, false)).toList();
    }

    /**
     * The partner's view of its own request's history: what concerns it, the Korean side named by agency and role.
     * (The partner's MOU review is among its own actions; other reviews stay internal.)
     */
    public List<TimelineLine> forPartner(Long requestId, Locale locale) {
        return audit.of(requestId, null).stream().filter(Timeline::concernsPartner)
                .map(e -> wording.line(e, locale, true)).toList();
    }

    /** Lines about a step of the partner's (its reminders, its requests for more time) carry this detail. */
    static final String PARTNER_STEP = "PARTNER";

    private static final Set<AuditEventType> PARTNER_STEP_EVENTS = EnumSet.of(AuditEventType.MOU_REVIEWED,
            AuditEventType.DEADLINE_REMINDED, AuditEventType.EXTENSION_REQUESTED, AuditEventType.EXTENSION_DECIDED,
            AuditEventType.EXTENSION_CANCELLED);

    private static boolean concernsPartner(AuditEntry e) {
        return PARTNER_EVENTS.contains(e.eventType())
                || PARTNER_STEP_EVENTS.contains(e.eventType()) && PARTNER_STEP.equals(e.detail());
    }
}
