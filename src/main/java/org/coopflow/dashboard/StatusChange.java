package org.coopflow.dashboard;

import java.time.Instant;

/** A STATUS_CHANGED audit event ("SCREENING → ASSIGNING_EXPERTS") with its request's creation time. */
record StatusChange(Long requestId, String details, Instant changedAt, Instant requestCreatedAt) {
}
