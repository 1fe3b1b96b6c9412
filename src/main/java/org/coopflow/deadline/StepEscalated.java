package org.coopflow.deadline;

/** A step is overdue: its responsible party was told. The holder keeps the step (never a takeover). */
public record StepEscalated(Long requestId, Long reminderId) {
}
