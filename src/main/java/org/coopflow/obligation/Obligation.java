package org.coopflow.obligation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A commitment of a signed MOU (a row of mou_obligation): its clause, what is due, who is responsible (a Korean
 * agency, or the partner organisation), how often and from when.
 */
public record Obligation(Long id, Long termId, Long requestId, String clause, String description, PartyKind partyKind,
                         String partyCode, Recurrence recurrence, LocalDate firstDueOn, String recordedBy,
                         Instant recordedAt) {
}
