package org.coopflow.deadline;

/** The holder of a step asked for more time; the responsible party has a decision to take. */
public record ExtensionRequested(Long requestId, Long extensionId) {
}
