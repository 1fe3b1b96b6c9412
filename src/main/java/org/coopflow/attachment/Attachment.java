package org.coopflow.attachment;

import java.time.Instant;

/** A document attached to a request, without its content. */
public record Attachment(Long id, Long requestId, String filename, String contentType, long sizeBytes, String sha256,
                         String uploadedBy, Instant uploadedAt) {
}
