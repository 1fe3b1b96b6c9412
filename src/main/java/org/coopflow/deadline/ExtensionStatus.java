package org.coopflow.deadline;

/** Where a request for more time stands. */
public enum ExtensionStatus {
    PENDING, GRANTED, REFUSED,
    /** The step ended before anyone decided. */
    CANCELLED
}
