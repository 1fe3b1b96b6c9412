package org.coopflow.followup;

/** The lead coordinator reviewed a round's report. */
public record FollowUpReviewed(Long requestId, Long reviewId) {
}
