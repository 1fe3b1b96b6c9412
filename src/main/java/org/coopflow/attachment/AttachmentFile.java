package org.coopflow.attachment;

/** An attachment's content, for a download. */
public record AttachmentFile(Long id, String filename, String contentType, byte[] content) {
}
