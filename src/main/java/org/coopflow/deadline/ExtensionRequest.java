package org.coopflow.deadline;

import java.time.Instant;

/**
 * A request for more time on a step (a row of extension_request): how many more working days, why, who asked, the
 * due date then and the one a grant gives, who decides (a candidate group), and the decision.
 *
 * @param calendarZone the time zone of the step's calendar, in which its due dates are dates
 */
public record ExtensionRequest(Long id, Long requestId, String taskId, String step, int workingDays, String reason,
                               String askedBy, Instant askedAt, Instant dueBefore, Instant dueIfGranted,
                               String deciders, String calendarZone, String processInstanceId, ExtensionStatus status, String decidedBy,
                               Instant decidedAt, String decisionComment, Instant newDueAt) {

    public boolean pending() {
        return status == ExtensionStatus.PENDING;
    }
}
