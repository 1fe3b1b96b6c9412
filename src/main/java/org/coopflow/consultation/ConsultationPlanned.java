package org.coopflow.consultation;

/** The lead coordinator proposed a consultation plan (a first plan or a revision); the partner is asked to confirm. */
public record ConsultationPlanned(Long requestId, Long planId) {
}
