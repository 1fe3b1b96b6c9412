package org.coopflow.obligation;

import java.time.LocalDate;

/** How often an obligation comes due. Each date counts from the first, so 31 January stays the month's last day. */
public enum Recurrence {
    ONCE(0), QUARTERLY(3), YEARLY(12);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    /** The date of the n-th occurrence (1 = the first). */
    public LocalDate dueOn(LocalDate first, int seqNo) {
        return first.plusMonths((long) months * (seqNo - 1));
    }

    public boolean recurs() {
        return months > 0;
    }
}
