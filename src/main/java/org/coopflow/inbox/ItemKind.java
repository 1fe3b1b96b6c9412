package org.coopflow.inbox;

/**
 * What an inbox item is about, and where it leads: a step's page, or a section (anchor) of the request's page.
 * Worded by {@code inbox.item.<KIND>[.<code>]} in i18n/inbox. Retired kinds are no longer written, but keep their
 * wording so that items written before still read.
 */
enum ItemKind {
    TASK_OFFERED(null),
    TASK_ASSIGNED(null),
    TASK_DELEGATED(null),
    /** Retired: the ladder's {@link #STEP_REMINDED} announces each due date now (see {@link DeadlineNews}). */
    DEADLINE_SOON(null),
    /** Retired: the ladder's {@link #STEP_REMINDED} at the due date, then {@link #STEP_ESCALATED}. */
    DEADLINE_PASSED(null),
    /** The escalation ladder reminds the step's holder: code SHARE (a share of the time passed) or DUE. */
    STEP_REMINDED(null),
    /** The step is overdue: its responsible party hears it (the holder keeps it), on the request's pending steps. */
    STEP_ESCALATED("pending"),
    /** The decision on a request for more time, to its deciders; code: the key of the step it is about. */
    EXTENSION_REQUESTED(null),
    /** The answer to whoever asked for more time, about their step; code GRANTED or REFUSED. */
    EXTENSION_DECIDED(null),
    /** A step of an absent colleague offered to their substitute (who acted: the absent colleague). */
    SUBSTITUTE_OFFERED(null),
    MESSAGE_POSTED("messages"),
    DOCUMENT_ADDED("documents"),
    REQUEST_ACCEPTED("screening"),
    /** Retired: the screening's overdue notice, replaced by the ladder's {@link #STEP_ESCALATED}. */
    SCREENING_OVERDUE("screening"),
    EXPERT_ANSWERED("experts"),
    TEAM_CONFIRMED("progress"),
    PLAN_ANSWERED("consultation"),
    CONSULTATION_HELD("consultation"),
    FEEDBACK_GIVEN("consultation"),
    MOU_REVIEWED("mou"),
    /** Retired: the partner's overdue MOU review, replaced by the ladder's {@link #STEP_REMINDED}. */
    MOU_REVIEW_OVERDUE("mou"),
    MOU_SIGNED("mou"),
    REQUEST_CLOSED("progress"),
    /**
     * An MOU obligation falls due soon: its responsible side hears it (code AGENCY or PARTNER), on the obligation's
     * page. The date it is due is the news, so it reads as a date, never a time.
     */
    OBLIGATION_REMINDED("obligation"),
    /** An obligation's fulfilment is overdue: the responsible side, the lead agency's coordinators, the managers. */
    OBLIGATION_OVERDUE("obligation"),
    /** The MOU's renewal notice period begins: the lead agency's coordinators and the managers. */
    MOU_RENEWAL_DUE("mou"),
    /** The MOU expires soon. */
    MOU_EXPIRY_NEAR("mou"),
    /** The MOU expired: its obligations no longer come due. */
    MOU_EXPIRED("mou");

    private final String anchor;

    ItemKind(String anchor) {
        this.anchor = anchor;
    }

    /** The obligation kinds lead to the obligation's own page ({@code /obligations/{subject}}), not a request's. */
    boolean aboutObligation() {
        return "obligation".equals(anchor);
    }

    /** Items whose date is a calendar day (an obligation's due date, an MOU's expiry): worded without a time. */
    boolean dated() {
        return this == OBLIGATION_REMINDED || this == OBLIGATION_OVERDUE || this == MOU_RENEWAL_DUE
                || this == MOU_EXPIRY_NEAR || this == MOU_EXPIRED;
    }

    /** Items about a step lead to the step's page; the others to the request page's section. */
    boolean aboutStep() {
        return anchor == null;
    }

    String anchor() {
        return anchor;
    }
}
