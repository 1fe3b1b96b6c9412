package org.coopflow.obligation;

/** An obligation's date came: the responsible party has a task to record its fulfilment. */
public record ObligationCameDue(Long requestId, Long occurrenceId) {
}
