package org.coopflow.audit;

import org.coopflow.absence.Absence;
import org.coopflow.absence.Absences;
import org.coopflow.absence.SubstituteOffer;
import org.coopflow.absence.SubstituteOffered;
import org.coopflow.absence.SubstituteWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audit lines of absences, on each request they touch: a step of an absent official offered to their substitute as
 * well (with the absence's last day and note), and withdrawn again when the absence is over.
 */
@Component
class AbsenceAudit {

    private final AuditTrail audit;
    private final Absences absences;

    AbsenceAudit(AuditTrail audit, Absences absences) {
        this.audit = audit;
        this.absences = absences;
    }

    @EventListener
    void onOffered(SubstituteOffered event) {
        write(event.requestId(), event.offerId(), AuditEventType.SUBSTITUTE_OFFERED);
    }

    @EventListener
    void onWithdrawn(SubstituteWithdrawn event) {
        write(event.requestId(), event.offerId(), AuditEventType.SUBSTITUTE_WITHDRAWN);
    }

    private void write(Long requestId, Long offerId, AuditEventType type) {
        SubstituteOffer offer = absences.offer(offerId);
        Absence absence = absences.find(offer.absenceId());
        audit.write(audit.line(requestId, type, absence.username()).step(offer.step()).onDate(absence.lastDay())
                .counterpart(absence.substitute(), audit.nameOf(absence.substitute()))
                .reason(type == AuditEventType.SUBSTITUTE_OFFERED ? absence.note() : null));
    }
}
