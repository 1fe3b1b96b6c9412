package org.coopflow.attachment;

/** A document was added to a request. */
public record DocumentAdded(Long requestId, Long attachmentId) {
}
