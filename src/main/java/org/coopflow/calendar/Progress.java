package org.coopflow.calendar;

/**
 * How far a deadline has run, in working days of its calendar.
 *
 * @param workingDaysPassed working days passed since the start (a working day under way counts in part)
 * @param workingDays       working days the deadline gives
 * @param share             {@code workingDaysPassed / workingDays}: 0.5 half-way, 1 at the due date, more after it
 */
public record Progress(double workingDaysPassed, int workingDays, double share) {

    public boolean overdue() {
        return share >= 1;
    }
}
