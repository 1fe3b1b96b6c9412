package org.coopflow.deadline;

/** A request for more time was granted (the due date and the timers moved) or refused. */
public record ExtensionDecided(Long requestId, Long extensionId) {
}
