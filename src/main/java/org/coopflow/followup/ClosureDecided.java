package org.coopflow.followup;

/** A manager approved the closure or returned the evaluation. */
public record ClosureDecided(Long requestId, Long decisionId) {
}
