package org.coopflow.consultation;

/** The partner confirmed the plan or asked for changes. */
public record ConsultationPlanAnswered(Long requestId, Long planId) {
}
