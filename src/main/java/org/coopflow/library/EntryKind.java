package org.coopflow.library;

/** What a library entry is, and the stage record it points at. */
public enum EntryKind {
    /** A consultation's outcome as the lead expert recorded it (consultation_outcome). */
    OUTCOME(true),
    /** A partner's follow-up progress report (follow_up_report). */
    FOLLOW_UP_REPORT(false),
    /** The lessons learned at the final evaluation (cooperation_evaluation; internal, like the evaluation). */
    LESSONS(false),
    /** A document attached to a request (attachment). */
    DOCUMENT(true);

    private final boolean forPartners;

    EntryKind(boolean forPartners) {
        this.forPartners = forPartners;
    }

    /** Partners see only documents and outcomes, and only of their own organisation's requests. */
    public boolean forPartners() {
        return forPartners;
    }
}
