package org.coopflow.audit;

/** What kind of line an audit entry is; the timeline's filters. */
public enum AuditCategory {
    /** Decisions, with their reasons: screening, routing, assignments, plans, reviews, approvals, evaluations. */
    DECISION,
    /** Documents and MOU versions. */
    DOCUMENT,
    /** Messages, questions and answers between the partner and the Korean side. */
    MESSAGE,
    /** How the request moved: status changes, who took which step, reminders. */
    PROCESS
}
