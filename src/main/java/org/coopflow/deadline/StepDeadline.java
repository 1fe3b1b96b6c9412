package org.coopflow.deadline;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An open step's deadline (a row of step_deadline): when it started, how many working days of which calendar it
 * has (more after an extension), when it is due, its escalation ladder as the escalationLadder decision gave it when
 * the step opened, and the next rung to come.
 *
 * @param partnerOrg      the partner organisation whose calendar counts (PARTNER), else null
 * @param reminderShare   remind the holder when this share of the working time has passed (null: no such reminder)
 * @param escalateAfterDays tell the responsible party this many working days after the due date (null: never)
 * @param responsible     a {@link Party}
 * @param nextRung        the next rung to come (null: the ladder is done)
 */
public record StepDeadline(String taskId, Long requestId, String processInstanceId, String executionId, String step,
                           String calendar, String partnerOrg, Instant startedAt, int workingDays, Instant dueAt,
                           int extendedDays, BigDecimal reminderShare, boolean remindAtDue, Integer escalateAfterDays,
                           String responsible, String nextRung, Instant nextAt, int version) {

    public Party party() {
        return Party.of(responsible);
    }
}
