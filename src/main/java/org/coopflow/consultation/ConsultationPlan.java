package org.coopflow.consultation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One revision of the consultation plan and the partner's answer to it (a row of consultation_plan).
 *
 * @param partnerDecision CONFIRM, CHANGE, or null while the partner has not answered
 */
public record ConsultationPlan(Long id, Long requestId, int revisionNo, String modality, LocalDate startsOn,
                               LocalDate endsOn, String place, String agenda, String plannedBy, Instant plannedAt,
                               String partnerDecision, String partnerComment, String answeredBy, Instant answeredAt) {

    public boolean confirmed() {
        return ConsultationProcess.CONFIRM.equals(partnerDecision);
    }
}
