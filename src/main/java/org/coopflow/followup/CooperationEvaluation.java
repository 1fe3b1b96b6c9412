package org.coopflow.followup;

import java.time.Instant;

/** The lead coordinator's final evaluation of the cooperation, with its lessons learned. */
public record CooperationEvaluation(Long id, Long requestId, int rating, String summary, String lessonsLearned,
                                    String evaluatedBy, Instant evaluatedAt) {
}
