package org.coopflow.consultation;

/** The partner gave feedback, or its silence was taken as the default feedback. */
public record FeedbackGiven(Long requestId, Long feedbackId) {
}
