package org.coopflow.mou;

/** The partner's MOU review is overdue: the partner is reminded, the task stays open. */
public record MouReviewReminded(Long requestId) {
}
