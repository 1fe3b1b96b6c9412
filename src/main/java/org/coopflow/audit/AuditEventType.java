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
    SCREENING_ESCALATED(AuditCategory.PROCESS),
    EXPERTS_NOMINATED(AuditCategory.DECISION),
    ASSIGNMENT_ANSWERED(AuditCategory.DECISION),
    TEAM_DECIDED(AuditCategory.DECISION),
    CONSULTATION_PLANNED(AuditCategory.DECISION),
    CONSULTATION_PLAN_ANSWERED(AuditCategory.DECISION),
    CONSULTATION_HELD(AuditCategory.DECISION),
    FEEDBACK_GIVEN(AuditCategory.DECISION),
    MOU_VERSION_CREATED(AuditCategory.DOCUMENT),
    MOU_REVIEWED(AuditCategory.DECISION),
    MOU_REVIEW_REMINDED(AuditCategory.PROCESS),
    MOU_SIGNED(AuditCategory.DECISION),
    FOLLOW_UP_ACTION_DEFINED(AuditCategory.DECISION),
    FOLLOW_UP_REPORTED(AuditCategory.DECISION),
    FOLLOW_UP_REVIEWED(AuditCategory.DECISION),
    COOPERATION_EVALUATED(AuditCategory.DECISION),
    CLOSURE_DECIDED(AuditCategory.DECISION),
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
