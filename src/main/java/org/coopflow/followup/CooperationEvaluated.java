package org.coopflow.followup;

/** The lead coordinator evaluated the cooperation. */
public record CooperationEvaluated(Long requestId, Long evaluationId) {
}
