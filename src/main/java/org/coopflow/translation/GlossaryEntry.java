package org.coopflow.translation;

import java.time.Instant;

/** A line of a term's history: who added, changed, retired or restored it, and the term as it then read. */
public record GlossaryEntry(Long id, Long termId, String action, String changedBy, Instant changedAt,
                            String summary) {
}
