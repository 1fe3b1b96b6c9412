package org.coopflow.obligation;

import java.time.Instant;
import java.time.LocalDate;

/** A line of the register: one occurrence of an obligation, with its obligation, its MOU and the request. */
public record RegisterRow(Long occurrenceId, Long obligationId, Long termId, Long requestId, String reference,
                          String mouTitle, String countryCode, String partnerOrg, String leadAgency,
                          TermStatus termStatus, String clause, String description, PartyKind partyKind,
                          String partyCode, Recurrence recurrence, int seqNo, LocalDate dueOn,
                          OccurrenceStatus status, Instant fulfilBy, String fulfilledBy, Instant fulfilledAt,
                          Long evidenceId, String evidenceName, String note) {
}
