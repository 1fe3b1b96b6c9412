package org.coopflow.assignment;

/** An expert's answer to a nomination; DECLINED and EXPIRED return the slot to the coordinator. */
public enum AssignmentStatus {
    NOMINATED, ACCEPTED, DECLINED, EXPIRED
}
