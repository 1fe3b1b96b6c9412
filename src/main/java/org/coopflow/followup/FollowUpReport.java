package org.coopflow.followup;

import java.time.Instant;

/** The partner's progress report of one reporting round (a row of follow_up_report). */
public record FollowUpReport(Long id, Long requestId, int roundNo, String progressStatus, String report,
                             String reportedBy, Instant reportedAt) {
}
