package org.coopflow.absence;

/** The absence is over: the task is no longer offered to the substitute (whoever holds it keeps it). */
public record SubstituteWithdrawn(Long requestId, Long offerId) {
}
