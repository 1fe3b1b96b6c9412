package org.coopflow.attachment;

/** An upload that passed the checks: a safe name, the type its content shows, and its hash. */
public record CheckedUpload(String filename, String contentType, String sha256, byte[] content) {
}
