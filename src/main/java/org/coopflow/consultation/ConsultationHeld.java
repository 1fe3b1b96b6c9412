package org.coopflow.consultation;

/** The lead expert recorded the consultation's outcome. */
public record ConsultationHeld(Long requestId, Long outcomeId) {
}
