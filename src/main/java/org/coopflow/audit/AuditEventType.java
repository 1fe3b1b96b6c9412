package org.coopflow.audit;

/** Every kind of business event the audit trail records; each line's words are {@code audit.line.<TYPE>[.<decision>]}. */
public enum AuditEventType {
    REQUEST_SUBMITTED(AuditCategory.PROCESS),
    STATUS_CHANGED(AuditCategory.PROCESS),
    ROUTED(AuditCategory.DECISION),
    MESSAGE_POSTED(AuditCategory.MESSAGE),
    DOCUMENT_ADDED(AuditCategory.DOCUMENT),
    WITHDRAWAL_REQUESTED(AuditCategory.DECISION),
    TASK_CLAIMED(AuditCategory.PROCESS),
    TASK_RELEASED(AuditCategory.PROCESS),
    TASK_DELEGATED(AuditCategory.PROCESS),
    SCREENING_DECIDED(AuditCategory.DECISION),
    CLARIFICATION_ASKED(AuditCategory.MESSAGE),
    CLARIFICATION_ANSWERED(AuditCategory.MESSAGE),
    CLARIFICATION_LAPSED(AuditCategory.PROCESS),
    /** Before deadlines on every step (V80): an overdue screening reminded the managers; see DEADLINE_ESCALATED. */
    SCREENING_ESCALATED(AuditCategory.PROCESS),
    /** A request in neither Korean nor English went to the translation desk (detail: language.<code>). */
    TRANSLATION_REQUESTED(AuditCategory.PROCESS),
    /** The desk verified the Korean and English versions (decision MACHINE_DRAFT when a provider pre-filled them). */
    TRANSLATION_VERIFIED(AuditCategory.DECISION),
    /** An official's message went to the translation desk before the partner gets it (detail: language.<target>). */
    MESSAGE_HELD(AuditCategory.MESSAGE),
    /**
     * The desk verified a message's or an answer's translation (decision: TO_PARTNER, or TO_OFFICIALS_MESSAGE /
     * TO_OFFICIALS_ANSWER; detail: language.<the partner's language>; reason: a machine provider's draft).
     */
    TEXT_TRANSLATED(AuditCategory.MESSAGE),
    EXPERTS_NOMINATED(AuditCategory.DECISION),
    ASSIGNMENT_ANSWERED(AuditCategory.DECISION),
    TEAM_DECIDED(AuditCategory.DECISION),
    CONSULTATION_PLANNED(AuditCategory.DECISION),
    CONSULTATION_PLAN_ANSWERED(AuditCategory.DECISION),
    CONSULTATION_HELD(AuditCategory.DECISION),
    /** A similar past request from the library was attached to the request (decision: why, AttachedSuggestion). */
    SUGGESTION_ATTACHED(AuditCategory.DECISION),
    FEEDBACK_GIVEN(AuditCategory.DECISION),
    MOU_VERSION_CREATED(AuditCategory.DOCUMENT),
    MOU_REVIEWED(AuditCategory.DECISION),
    /** Before deadlines on every step (V80): the partner reminded of its MOU review; see DEADLINE_REMINDED. */
    MOU_REVIEW_REMINDED(AuditCategory.PROCESS),
    MOU_SIGNED(AuditCategory.DECISION),
    /** The term and commitments of a signed MOU (obligations register), their occurrences and notices. */
    MOU_TERM_RECORDED(AuditCategory.DECISION),
    OBLIGATION_RECORDED(AuditCategory.DECISION),
    OBLIGATION_REMINDED(AuditCategory.PROCESS),
    OBLIGATION_CAME_DUE(AuditCategory.PROCESS),
    OBLIGATION_OVERDUE(AuditCategory.PROCESS),
    OBLIGATION_FULFILLED(AuditCategory.DECISION),
    MOU_RENEWAL_DUE(AuditCategory.PROCESS),
    MOU_EXPIRY_NEAR(AuditCategory.PROCESS),
    MOU_EXPIRED(AuditCategory.PROCESS),
    FOLLOW_UP_ACTION_DEFINED(AuditCategory.DECISION),
    FOLLOW_UP_REPORTED(AuditCategory.DECISION),
    FOLLOW_UP_REVIEWED(AuditCategory.DECISION),
    COOPERATION_EVALUATED(AuditCategory.DECISION),
    CLOSURE_DECIDED(AuditCategory.DECISION),
    /** A step's holder was reminded of its due date (decision: the rung, SHARE or DUE). */
    DEADLINE_REMINDED(AuditCategory.PROCESS),
    /** A step is overdue: its responsible party was told (decision: MANAGER, COORDINATOR or INTAKE). */
    DEADLINE_ESCALATED(AuditCategory.PROCESS),
    EXTENSION_REQUESTED(AuditCategory.DECISION),
    /** decision: GRANTED or REFUSED. */
    EXTENSION_DECIDED(AuditCategory.DECISION),
    EXTENSION_CANCELLED(AuditCategory.PROCESS),
    /** An absent official's step is offered to their substitute as well. */
    SUBSTITUTE_OFFERED(AuditCategory.PROCESS),
    SUBSTITUTE_WITHDRAWN(AuditCategory.PROCESS),
    /** The entries before this one were removed under the audit retention period (coopflow.retention.audit). */
    AUDIT_PURGED(AuditCategory.PROCESS),
    /** A line carried over from the audit trail before typed entries (V13), with its original text. */
    LEGACY(AuditCategory.PROCESS);

    private final AuditCategory category;

    AuditEventType(AuditCategory category) {
        this.category = category;
    }

    public AuditCategory category() {
        return category;
    }
}
