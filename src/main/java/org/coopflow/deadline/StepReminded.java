package org.coopflow.deadline;

/** The holder of a step was reminded of its due date ({@link Rung#SHARE} or {@link Rung#DUE}). */
public record StepReminded(Long requestId, Long reminderId) {
}
