package org.coopflow.request;

/** An agency involved in a request, leading it or supporting. */
public record RequestAgency(Long requestId, String agencyCode, boolean lead) {
}
