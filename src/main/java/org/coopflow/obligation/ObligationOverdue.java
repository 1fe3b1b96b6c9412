package org.coopflow.obligation;

/** An obligation's task is past its deadline: the lead coordinator and the managers are told. */
public record ObligationOverdue(Long requestId, Long occurrenceId) {
}
