package org.coopflow.audit;

import java.time.Instant;

/** One business action: who did what to which request, when, with what details. */
public record AuditEvent(Long id, Long requestId, String actor, String action, String details, Instant createdAt) {
}
