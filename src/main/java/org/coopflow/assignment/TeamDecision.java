package org.coopflow.assignment;

import java.time.Instant;

/** The lead coordinator's decision on the team (a row of team_decision). */
public record TeamDecision(Long id, Long requestId, String taskId, String decision, String leadExpert, String note,
                           String decidedBy, Instant decidedAt) {
}
