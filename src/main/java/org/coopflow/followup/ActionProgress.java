package org.coopflow.followup;

/** What one report said of one action. */
public record ActionProgress(Long reportId, Long actionId, String status) {
}
