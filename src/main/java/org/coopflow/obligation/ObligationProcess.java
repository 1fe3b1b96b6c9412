package org.coopflow.obligation;

import java.util.List;

/**
 * Names the obligations register shares with its models (bpmn/obligationOccurrence.bpmn, bpmn/mouTerm.bpmn), the
 * fulfilment form (bpmn/forms/fulfilObligation.form) and the part of the MOU signing form that records the MOU's term
 * and commitments (bpmn/forms/recordMouSigning.form).
 */
public final class ObligationProcess {

    /** One instance per occurrence of an obligation: reminder, the date, the task, its deadline. */
    public static final String PROCESS_OCCURRENCE = "obligationOccurrence";
    /** One instance per MOU with an expiry date: the renewal notice, the expiry notice, the expiry. */
    public static final String PROCESS_TERM = "mouTerm";

    public static final String TASK_FULFIL = "fulfilObligation";

    // ---- the signing form: the MOU's term and its commitments (a list)
    public static final String VAR_IN_FORCE_FROM = "mouInForceFrom";
    public static final String VAR_EXPIRES_ON = "mouExpiresOn";
    public static final String VAR_RENEWAL_NOTICE_DAYS = "mouRenewalNoticeDays";
    public static final String VAR_OBLIGATIONS = "mouObligations";
    public static final String FIELD_CLAUSE = "obligationClause";
    public static final String FIELD_DESCRIPTION = "obligationDescription";
    public static final String FIELD_PARTY = "obligationParty";
    public static final String FIELD_RECURRENCE = "obligationRecurrence";
    public static final String FIELD_FIRST_DUE = "obligationFirstDue";

    // ---- variables of the models
    public static final String VAR_OBLIGATION_ID = "obligationId";
    public static final String VAR_OCCURRENCE_ID = "occurrenceId";
    public static final String VAR_TERM_ID = "termId";
    public static final String VAR_REMIND_FIRST = "remindFirst";
    public static final String VAR_REMINDER_AT = "reminderAt";
    public static final String VAR_COMES_DUE_AT = "comesDueAt";
    public static final String VAR_FULFIL_BY = "fulfilBy";
    public static final String VAR_RESPONSIBLE_GROUP = "responsibleGroup";
    public static final String VAR_RENEWAL_NOTICE_AT = "renewalNoticeAt";
    public static final String VAR_EXPIRY_NOTICE = "expiryNotice";
    public static final String VAR_EXPIRY_NOTICE_AT = "expiryNoticeAt";
    public static final String VAR_EXPIRES_AT = "expiresAt";

    // ---- the fulfilment form
    public static final String VAR_EVIDENCE = "evidence";
    public static final String VAR_NOTE = "fulfilmentNote";

    /** The responsible party of an obligation on the signing form: a Korean agency's code, or this for the partner. */
    public static final String PARTY_PARTNER = "PARTNER";

    /** Options: the responsible parties (the partner and the Korean agencies), the request's documents. */
    public static final String OPTIONS_PARTIES = "obligationParties";
    public static final String OPTIONS_EVIDENCE = "obligationEvidence";

    public static final List<String> RECURRENCES = List.of("ONCE", "QUARTERLY", "YEARLY");

    private ObligationProcess() {
    }
}
