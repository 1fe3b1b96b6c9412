package org.coopflow.deadline;

import java.time.Instant;

/**
 * A rung of a step's ladder as it was reached (a row of step_reminder): whom it was for — the holder (the assignee,
 * or the groups and substitutes the step was offered to) for a reminder, the responsible party's group for an
 * escalation — and the due date it was about.
 *
 * @param calendarZone the time zone of the step's calendar (Asia/Seoul, or the partner's), in which the due date is a date
 */
public record StepReminder(Long id, Long requestId, String taskId, String step, Rung rung, Instant dueAt, String calendarZone,
                           String assignee, String candidateGroups, String candidateUsers, String notifiedGroup,
                           String responsible, Instant occurredAt) {

    public java.util.List<String> groups() {
        return split(candidateGroups);
    }

    public java.util.List<String> users() {
        return split(candidateUsers);
    }

    /** The agency of a coordinator group that was told ({@code coordinator:MOIS} → MOIS), else null. */
    public String notifiedAgency() {
        return notifiedGroup != null && notifiedGroup.startsWith(org.coopflow.request.RequestProcess.GROUP_COORDINATOR)
                ? notifiedGroup.substring(org.coopflow.request.RequestProcess.GROUP_COORDINATOR.length()) : null;
    }

    private static java.util.List<String> split(String joined) {
        return joined == null || joined.isBlank() ? java.util.List.of() : java.util.List.of(joined.split(","));
    }
}
