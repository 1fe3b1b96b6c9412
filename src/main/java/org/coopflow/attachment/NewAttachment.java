package org.coopflow.attachment;

import java.time.Instant;

/** Insert parameter for a new attachment; MyBatis writes the generated id back. */
class NewAttachment {
    public Long id;
    public Long requestId;
    public String filename;
    public String contentType;
    public long sizeBytes;
    public String sha256;
    public byte[] content;
    public String uploadedBy;
    public Instant uploadedAt;
}
