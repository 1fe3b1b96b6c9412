package org.coopflow.assignment;

import java.time.Instant;

/** One coordinator's nomination of experts for one agency (the experts are the assignments of that round). */
public record NominationRound(Long requestId, String agencyCode, int roundNo, String note, String nominatedBy,
                              Instant nominatedAt) {
}
