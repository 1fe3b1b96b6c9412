package org.coopflow.screening;

/** Intake accepted or declined a request (a clarification is {@link ClarificationAsked}). */
public record ScreeningDecided(Long requestId, Long decisionId) {
}
