package org.coopflow.screening;

/** Screening is overdue: managers are reminded (intake keeps the task; no takeover). */
public record ScreeningEscalated(Long requestId) {
}
