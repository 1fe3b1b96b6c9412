package org.coopflow.library;

import org.coopflow.attachment.DocumentAdded;
import org.coopflow.consultation.ConsultationHeld;
import org.coopflow.consultation.ConsultationPlanned;
import org.coopflow.followup.CooperationEvaluated;
import org.coopflow.followup.FollowUpReported;
import org.coopflow.request.RequestRouted;
import org.coopflow.request.RequestSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The stages' events that feed the library, each handled in the transaction of the record it announces (ids only:
 * the records are read through their modules' services, never from form JSON or the audit text).
 */
@Component
class LibraryFeed {

    private final LibraryIndex index;

    LibraryFeed(LibraryIndex index) {
        this.index = index;
    }

    @EventListener
    void onSubmitted(RequestSubmitted event) {
        index.submitted(event.requestId());
    }

    @EventListener
    void onRouted(RequestRouted event) {
        index.routed(event.requestId());
    }

    @EventListener
    void onPlanned(ConsultationPlanned event) {
        index.planned(event.requestId(), event.planId());
    }

    @EventListener
    void onConsultationHeld(ConsultationHeld event) {
        index.outcomeRecorded(event.requestId(), event.outcomeId());
    }

    @EventListener
    void onReported(FollowUpReported event) {
        index.reported(event.requestId(), event.reportId());
    }

    @EventListener
    void onEvaluated(CooperationEvaluated event) {
        index.evaluated(event.requestId(), event.evaluationId());
    }

    @EventListener
    void onDocumentAdded(DocumentAdded event) {
        index.documentAdded(event.requestId(), event.attachmentId());
    }
}
