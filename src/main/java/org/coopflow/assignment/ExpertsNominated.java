package org.coopflow.assignment;

/** A coordinator nominated experts of an agency (one round); each is asked to accept. */
public record ExpertsNominated(Long requestId, String agencyCode, int roundNo) {
}
