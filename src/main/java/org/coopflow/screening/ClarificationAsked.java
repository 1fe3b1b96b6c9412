package org.coopflow.screening;

/** Intake asked the partner a question; the request waits for the answer. */
public record ClarificationAsked(Long requestId, Long clarificationId) {
}
