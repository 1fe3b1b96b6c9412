package org.coopflow.followup;

/** The partner reported the progress of a reporting round. */
public record FollowUpReported(Long requestId, Long reportId) {
}
