package org.coopflow.audit;

import org.coopflow.attachment.Attachments;
import org.coopflow.attachment.DocumentAdded;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.MessagePosted;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestMessage;
import org.coopflow.request.RequestRouted;
import org.coopflow.request.RequestService;
import org.coopflow.request.RequestStatusChanged;
import org.coopflow.request.RequestSubmitted;
import org.coopflow.request.WithdrawalRequested;
import org.coopflow.tasklist.TaskClaimed;
import org.coopflow.tasklist.TaskDelegated;
import org.coopflow.tasklist.TaskReleased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Audit lines of the request's life: submission, status, routing, messages, documents, withdrawal, who took a step. */
@Component
class RequestAudit {

    /** Routing by the decision table; an official's change of it is an override. */
    static final String ROUTED_BY_TABLE = "DECISION_TABLE";
    static final String ROUTED_BY_OVERRIDE = "OVERRIDE";

    private final AuditTrail audit;
    private final RequestLifecycle lifecycle;
    private final RequestService requests;
    private final Attachments attachments;

    RequestAudit(AuditTrail audit, RequestLifecycle lifecycle, RequestService requests, Attachments attachments) {
        this.audit = audit;
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.attachments = attachments;
    }

    @EventListener
    void onSubmitted(RequestSubmitted event) {
        CooperationRequest request = lifecycle.find(event.requestId());
        audit.write(audit.line(request.id(), AuditEventType.REQUEST_SUBMITTED, request.createdBy()));
    }

    @EventListener
    void onStatusChanged(RequestStatusChanged event) {
        audit.write(audit.line(event.requestId(), AuditEventType.STATUS_CHANGED, null)
                .statuses(event.from().name(), event.to().name()));
    }

    @EventListener
    void onRouted(RequestRouted event) {
        audit.write(audit.line(event.requestId(), AuditEventType.ROUTED, event.by())
                .decision(event.by() == null ? ROUTED_BY_TABLE : ROUTED_BY_OVERRIDE)
                .routing(lifecycle.leadAgency(event.requestId()), lifecycle.supportingAgencies(event.requestId())));
    }

    @EventListener
    void onMessagePosted(MessagePosted event) {
        RequestMessage message = requests.message(event.messageId());
        audit.write(audit.line(event.requestId(), AuditEventType.MESSAGE_POSTED, message.author())
                .reason(message.body()));
    }

    @EventListener
    void onDocumentAdded(DocumentAdded event) {
        attachments.find(event.requestId(), event.attachmentId()).ifPresent(document -> audit.write(
                audit.line(event.requestId(), AuditEventType.DOCUMENT_ADDED, document.uploadedBy())
                        .document(document.id(), document.filename())));
    }

    @EventListener
    void onWithdrawalRequested(WithdrawalRequested event) {
        audit.write(audit.line(event.requestId(), AuditEventType.WITHDRAWAL_REQUESTED, event.by())
                .reason(lifecycle.find(event.requestId()).closingReason()));
    }

    @EventListener
    void onTaskClaimed(TaskClaimed event) {
        audit.write(audit.line(event.requestId(), AuditEventType.TASK_CLAIMED, event.username()).step(event.taskKey()));
    }

    @EventListener
    void onTaskReleased(TaskReleased event) {
        audit.write(audit.line(event.requestId(), AuditEventType.TASK_RELEASED, event.username()).step(event.taskKey()));
    }

    @EventListener
    void onTaskDelegated(TaskDelegated event) {
        audit.write(audit.line(event.requestId(), AuditEventType.TASK_DELEGATED, event.by()).step(event.taskKey())
                .counterpart(event.to(), audit.nameOf(event.to())));
    }
}
