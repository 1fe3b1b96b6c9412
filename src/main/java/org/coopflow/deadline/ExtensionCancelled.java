package org.coopflow.deadline;

/** The step ended before anyone decided on the request for more time. */
public record ExtensionCancelled(Long requestId, Long extensionId) {
}
