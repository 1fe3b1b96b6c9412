package org.coopflow.absence;

/** A task of an absent official is offered to their substitute as well. */
public record SubstituteOffered(Long requestId, Long offerId) {
}
