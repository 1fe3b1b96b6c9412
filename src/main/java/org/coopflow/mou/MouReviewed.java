package org.coopflow.mou;

/** Legal, the partner or a manager reviewed an MOU version. */
public record MouReviewed(Long requestId, Long reviewId) {
}
