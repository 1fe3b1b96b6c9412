package org.coopflow.followup;

import java.time.Instant;

/** A manager's decision on closing the request: APPROVE (completed) or RETURN to the evaluation. */
public record ClosureDecision(Long id, Long requestId, String decision, String comment, String decidedBy,
                              Instant decidedAt) {
}
