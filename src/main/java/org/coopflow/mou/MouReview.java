package org.coopflow.mou;

import java.time.Instant;

/** One review of one MOU version (a row of mou_review): APPROVE or REQUEST_CHANGES with comments. */
public record MouReview(Long id, Long requestId, int versionNo, MouReviewer reviewer, String decision,
                        String comments, String reviewedBy, Instant reviewedAt) {

    public boolean approved() {
        return MouProcess.APPROVE.equals(decision);
    }
}
