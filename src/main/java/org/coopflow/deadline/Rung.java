package org.coopflow.deadline;

/** The rungs of a step's escalation ladder, in the order they come. */
public enum Rung {
    /** A reminder to the holder when a share of the step's working time has passed. */
    SHARE,
    /** A reminder to the holder at the due date. */
    DUE,
    /** The responsible party is told the step is overdue (never a takeover). */
    ESCALATION
}
