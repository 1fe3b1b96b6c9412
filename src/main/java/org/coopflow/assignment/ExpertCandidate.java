package org.coopflow.assignment;

/** An expert of an agency with what ranking needs: sector match, shared languages, current load. */
public record ExpertCandidate(String username, String displayName, String agencyCode, String title, String languages,
                              int maxLoad, boolean sectorMatch, int activeAssignments) {
}
