package org.coopflow.followup;

import java.time.Instant;

/** The lead coordinator's review of one round's report (a row of follow_up_review). */
public record FollowUpReview(Long id, Long requestId, int roundNo, String assessment, String comment,
                             String reviewedBy, Instant reviewedAt) {
}
