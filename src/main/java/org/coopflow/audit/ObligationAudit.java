package org.coopflow.audit;

import org.coopflow.attachment.Attachments;
import org.coopflow.obligation.MouExpired;
import org.coopflow.obligation.MouExpiryNear;
import org.coopflow.obligation.MouRenewalDue;
import org.coopflow.obligation.MouTerm;
import org.coopflow.obligation.MouTermRecorded;
import org.coopflow.obligation.Obligation;
import org.coopflow.obligation.ObligationCameDue;
import org.coopflow.obligation.ObligationFulfilled;
import org.coopflow.obligation.ObligationOverdue;
import org.coopflow.obligation.ObligationProcess;
import org.coopflow.obligation.ObligationRecorded;
import org.coopflow.obligation.ObligationReminded;
import org.coopflow.obligation.Obligations;
import org.coopflow.obligation.Occurrence;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audit lines of a signed MOU's term and obligations, on the request's timeline: the term and each commitment as
 * recorded at signing, each occurrence's reminder, coming due, overdue report and fulfilment (with its evidence), and
 * the renewal and expiry notices. The obligation's clause is the line's "other party" (it names the commitment).
 */
@Component
class ObligationAudit {

    private final AuditTrail audit;
    private final Obligations obligations;
    private final Attachments attachments;

    ObligationAudit(AuditTrail audit, Obligations obligations, Attachments attachments) {
        this.audit = audit;
        this.obligations = obligations;
        this.attachments = attachments;
    }

    @EventListener
    void onTermRecorded(MouTermRecorded event) {
        MouTerm term = obligations.term(event.termId());
        AuditLine line = audit.line(event.requestId(), AuditEventType.MOU_TERM_RECORDED, term.recordedBy())
                .step(org.coopflow.mou.MouProcess.TASK_RECORD_SIGNING);
        audit.write(term.expiresOn() == null ? line.decision("OPEN").onDate(term.inForceFrom())
                : line.decision("FIXED").onDate(term.expiresOn()).number(term.renewalNoticeDays()));
    }

    @EventListener
    void onRecorded(ObligationRecorded event) {
        Obligation obligation = obligations.obligation(event.obligationId());
        audit.write(audit.line(event.requestId(), AuditEventType.OBLIGATION_RECORDED, obligation.recordedBy())
                .step(org.coopflow.mou.MouProcess.TASK_RECORD_SIGNING).decision(obligation.recurrence().name())
                .agency(obligation.partyCode()).counterpart(null, obligation.clause())
                .onDate(obligation.firstDueOn()).reason(obligation.description()));
    }

    @EventListener
    void onReminded(ObligationReminded event) {
        audit.write(occurrenceLine(event.requestId(), AuditEventType.OBLIGATION_REMINDED, event.occurrenceId(), null));
    }

    @EventListener
    void onCameDue(ObligationCameDue event) {
        audit.write(occurrenceLine(event.requestId(), AuditEventType.OBLIGATION_CAME_DUE, event.occurrenceId(), null));
    }

    @EventListener
    void onOverdue(ObligationOverdue event) {
        audit.write(occurrenceLine(event.requestId(), AuditEventType.OBLIGATION_OVERDUE, event.occurrenceId(), null));
    }

    @EventListener
    void onFulfilled(ObligationFulfilled event) {
        Occurrence occurrence = obligations.occurrence(event.occurrenceId());
        AuditLine line = occurrenceLine(event.requestId(), AuditEventType.OBLIGATION_FULFILLED, event.occurrenceId(),
                occurrence.fulfilledBy()).step(ObligationProcess.TASK_FULFIL).reason(occurrence.note());
        if (occurrence.evidenceId() != null) {
            attachments.find(event.requestId(), occurrence.evidenceId())
                    .ifPresent(document -> line.document(document.id(), document.filename()));
        }
        audit.write(line);
    }

    @EventListener
    void onRenewalDue(MouRenewalDue event) {
        audit.write(termLine(event.requestId(), AuditEventType.MOU_RENEWAL_DUE, event.termId()));
    }

    @EventListener
    void onExpiryNear(MouExpiryNear event) {
        audit.write(termLine(event.requestId(), AuditEventType.MOU_EXPIRY_NEAR, event.termId()));
    }

    @EventListener
    void onExpired(MouExpired event) {
        audit.write(termLine(event.requestId(), AuditEventType.MOU_EXPIRED, event.termId()));
    }

    private AuditLine occurrenceLine(Long requestId, AuditEventType type, Long occurrenceId, String actor) {
        Occurrence occurrence = obligations.occurrence(occurrenceId);
        Obligation obligation = obligations.obligation(occurrence.obligationId());
        return audit.line(requestId, type, actor).agency(obligation.partyCode())
                .counterpart(null, obligation.clause()).onDate(occurrence.dueOn()).number(occurrence.seqNo());
    }

    private AuditLine termLine(Long requestId, AuditEventType type, Long termId) {
        MouTerm term = obligations.term(termId);
        return audit.line(requestId, type, null).onDate(term.expiresOn()).number(term.renewalNoticeDays());
    }
}
