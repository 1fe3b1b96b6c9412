package org.coopflow.screening;

import java.time.Instant;

/** Intake's decision on a request (a row of screening_decision): ACCEPT, CLARIFY or DECLINE, with its reason. */
public record ScreeningDecision(Long id, Long requestId, String taskId, String decision, String reason,
                                String decidedBy, Instant decidedAt) {
}
