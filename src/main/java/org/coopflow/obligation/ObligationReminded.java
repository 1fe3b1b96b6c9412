package org.coopflow.obligation;

/** The responsible party was reminded that an obligation falls due soon. */
public record ObligationReminded(Long requestId, Long occurrenceId) {
}
