package org.coopflow.screening;

/** No answer came in time: the request closes as LAPSED. */
public record ClarificationLapsed(Long requestId, Long clarificationId) {
}
