package org.coopflow.absence;

import java.time.Instant;

/** A task offered to a substitute because of an absence (a row of substitute_offer). */
public record SubstituteOffer(Long id, Long absenceId, String taskId, Long requestId, String step, Instant offeredAt,
                              Instant withdrawnAt) {
}
