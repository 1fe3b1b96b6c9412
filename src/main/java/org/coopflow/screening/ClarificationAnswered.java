package org.coopflow.screening;

/** The partner answered intake's question; screening resumes. */
public record ClarificationAnswered(Long requestId, Long clarificationId) {
}
