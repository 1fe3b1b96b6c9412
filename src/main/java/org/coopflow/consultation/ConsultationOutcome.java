package org.coopflow.consultation;

import java.time.Instant;

/** What the lead expert recorded after the consultation (a row of consultation_outcome). */
public record ConsultationOutcome(Long id, Long requestId, boolean held, String report, String questionsAnswered,
                                  String recordedBy, Instant recordedAt) {
}
