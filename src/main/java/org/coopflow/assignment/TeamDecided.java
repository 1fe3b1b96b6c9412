package org.coopflow.assignment;

/** The lead coordinator confirmed the team (with its lead expert) or reopened the nominations. */
public record TeamDecided(Long requestId, Long decisionId) {
}
