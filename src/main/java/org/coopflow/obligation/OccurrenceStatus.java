package org.coopflow.obligation;

/** Where one occurrence of an obligation stands; each change is made by its model (timers, the task). */
public enum OccurrenceStatus {
    /** Its date has not come yet. */
    SCHEDULED,
    /** Its date came: the responsible party's task is open. */
    DUE,
    /** The task is past its deadline: the lead coordinator and the managers were told. */
    OVERDUE,
    /** Recorded as met, with the evidence. */
    FULFILLED;

    public boolean open() {
        return this == DUE || this == OVERDUE;
    }
}
