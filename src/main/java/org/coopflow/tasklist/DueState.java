package org.coopflow.tasklist;

import java.time.Duration;
import java.time.Instant;

/** How pressing a task's due date is, for the badges of the task pages. */
enum DueState {
    OVERDUE, DUE_SOON, LATER;

    /** Tasks due within this time are flagged "Due soon": two days leave time to act. */
    static final Duration DUE_SOON_WITHIN = Duration.ofHours(48);

    static DueState of(Instant due, Instant now) {
        if (due == null) {
            return LATER;
        }
        if (due.isBefore(now)) {
            return OVERDUE;
        }
        return due.isBefore(now.plus(DUE_SOON_WITHIN)) ? DUE_SOON : LATER;
    }
}
