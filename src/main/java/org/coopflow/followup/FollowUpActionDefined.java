package org.coopflow.followup;

/** The lead coordinator defined a follow-up action. */
public record FollowUpActionDefined(Long requestId, Long actionId) {
}
