package org.coopflow.tasklist;

import java.time.Instant;

/** A completed task form as submitted (values as JSON). */
public record FormSubmission(Long id, Long requestId, String taskId, String taskKey, String submittedBy,
                             Instant submittedAt, String valuesJson) {
}
