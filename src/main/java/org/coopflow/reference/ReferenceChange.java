package org.coopflow.reference;

import java.time.Instant;

/** A line of the reference data's change log: who changed which record how, with the record before and after (JSON). */
public record ReferenceChange(long id, String kind, String code, String actor, String action, String beforeState,
                              String afterState, String address, Instant createdAt) {
}
