package org.coopflow.consultation;

import java.time.Instant;

/**
 * The partner's feedback on the consultation (a row of consultation_feedback).
 *
 * @param satisfaction 1–5, null when the feedback was defaulted
 * @param defaulted    no feedback came in time: PROCESS.md's rule (no MOU, follow-up wanted) was applied
 */
public record ConsultationFeedback(Long id, Long requestId, Integer satisfaction, boolean wantsMou,
                                   boolean wantsFollowUp, String comment, boolean defaulted, String givenBy,
                                   Instant givenAt) {
}
