package org.coopflow.obligation;

/** Where an MOU's term stands, moved by its model: in force, expiring (the renewal notice went out), expired. */
public enum TermStatus {
    IN_FORCE, EXPIRING, EXPIRED
}
