package org.coopflow.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up action agreed with the partner (a row of follow_up_action).
 *
 * @param status OPEN until the partner reports on it, then ON_TRACK, DELAYED or DONE (the latest report's word)
 */
public record FollowUpAction(Long id, Long requestId, String actionType, String description, String owner,
                             LocalDate dueOn, String status, String definedBy, Instant definedAt, Instant updatedAt) {
}
