package org.coopflow.obligation;

/** The responsible party recorded that an obligation was met, with the evidence. */
public record ObligationFulfilled(Long requestId, Long occurrenceId) {
}
