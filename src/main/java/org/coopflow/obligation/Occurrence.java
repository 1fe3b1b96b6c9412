package org.coopflow.obligation;

import java.time.Instant;
import java.time.LocalDate;

/** One time an obligation comes due (a row of obligation_occurrence), and how it was met. */
public record Occurrence(Long id, Long obligationId, int seqNo, LocalDate dueOn, OccurrenceStatus status,
                         Instant remindedAt, Instant cameDueAt, Instant fulfilBy, Instant overdueAt, String fulfilledBy,
                         Instant fulfilledAt, Long evidenceId, String note) {
}
