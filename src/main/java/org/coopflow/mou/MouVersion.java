package org.coopflow.mou;

import java.time.Instant;

/** One version of an MOU draft; every version is kept. */
public record MouVersion(Long id, Long requestId, int versionNo, String title, String body, String changeSummary,
                         String createdBy, Instant createdAt) {
}
