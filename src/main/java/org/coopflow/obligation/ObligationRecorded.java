package org.coopflow.obligation;

/** The coordinator recorded a commitment of a signed MOU as an obligation. */
public record ObligationRecorded(Long requestId, Long obligationId) {
}
