package org.coopflow.mou;

import java.util.List;

/**
 * Names of the MOU stage shared with bpmn/mouDrafting.bpmn and its forms (draftMou, reviewMouLegal, reviewMouPartner,
 * approveMouForSigning, recordMouSigning).
 */
public final class MouProcess {

    public static final String PROCESS_KEY = "mouDrafting";

    public static final String TASK_DRAFT = "draftMou";
    public static final String TASK_REVIEW_LEGAL = "reviewMouLegal";
    public static final String TASK_REVIEW_PARTNER = "reviewMouPartner";
    public static final String TASK_APPROVE_FOR_SIGNING = "approveMouForSigning";
    public static final String TASK_RECORD_SIGNING = "recordMouSigning";

    public static final String VAR_TITLE = "mouTitle";
    public static final String VAR_TEXT = "mouText";
    public static final String VAR_CHANGE_SUMMARY = "changeSummary";
    public static final String VAR_LEGAL_DECISION = "legalDecision";
    public static final String VAR_LEGAL_COMMENTS = "legalComments";
    public static final String VAR_PARTNER_DECISION = "partnerDecision";
    public static final String VAR_PARTNER_COMMENTS = "partnerComments";
    public static final String VAR_SIGNING_DECISION = "signingDecision";
    public static final String VAR_SIGNING_COMMENTS = "signingComments";
    public static final String VAR_SIGNING_DATE = "signingDate";
    public static final String VAR_SIGNATORIES = "signatories";
    public static final String VAR_SIGNING_PLACE = "signingPlace";
    public static final String VAR_SIGNED_COPY = "signedCopy";

    public static final String APPROVE = "APPROVE";
    public static final String REQUEST_CHANGES = "REQUEST_CHANGES";
    public static final List<String> REVIEW_DECISIONS = List.of(APPROVE, REQUEST_CHANGES);

    /** Options of the signing form: the request's documents, one of which is the signed copy. */
    public static final String OPTIONS_REQUEST_DOCUMENTS = "requestDocuments";

    private MouProcess() {
    }
}
