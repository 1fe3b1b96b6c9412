package org.coopflow.absence;

/** Where an absence stands. */
public enum AbsenceStatus {
    /** Recorded; its first day has not come yet. */
    PLANNED,
    /** Under way: the absent official's tasks are offered to the substitute as well. */
    ACTIVE,
    /** Over (its last day passed, or the official ended it early): the offers are withdrawn. */
    ENDED,
    /** Called off before it started. */
    CANCELLED;

    public boolean open() {
        return this == PLANNED || this == ACTIVE;
    }
}
