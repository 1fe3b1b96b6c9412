package org.coopflow.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coopflow.attachment.Attachments;
import org.coopflow.attachment.DocumentAdded;
import org.coopflow.mou.MouReviewReminded;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.MessagePosted;
import org.coopflow.request.RequestClosed;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestMessage;
import org.coopflow.request.RequestProcess;
import org.coopflow.request.RequestService;
import org.coopflow.request.RequestSubmitted;
import org.coopflow.screening.ScreeningEscalated;
import org.coopflow.tasklist.TaskDelegated;
import org.coopflow.tasklist.TaskNames;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is e-mailed about what: each business event, in its own transaction, becomes rows of the mail outbox (sent
 * after commit), in each recipient's language. The one place where the rules of who hears about what live.
 */
@Component
class BusinessEventMails {

    private final Notifier notifier;
    private final TaskHolders taskHolders;
    private final RequestLifecycle lifecycle;
    private final RequestService requests;
    private final Attachments attachments;

    BusinessEventMails(Notifier notifier, TaskHolders taskHolders, RequestLifecycle lifecycle, RequestService requests,
                       Attachments attachments) {
        this.notifier = notifier;
        this.taskHolders = taskHolders;
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.attachments = attachments;
    }

    /** The acknowledgement, to the contact person named on the request, in the language the request was written. */
    @EventListener
    void onSubmitted(RequestSubmitted event) {
        CooperationRequest request = lifecycle.find(event.requestId());
        Locale locale = request.contactLocale() == null ? Locale.ENGLISH : Locale.forLanguageTag(request.contactLocale());
        notifier.notifyAddress(request.id(), request.contactEmail(), locale, "submitted", request.reference(),
                request.title());
    }

    @EventListener
    void onMessagePosted(MessagePosted event) {
        RequestMessage message = requests.message(event.messageId());
        taskHolders.tell(event.requestId(), message.author(), "messagePosted", lifecycle.find(event.requestId()).reference());
    }

    @EventListener
    void onDocumentAdded(DocumentAdded event) {
        attachments.find(event.requestId(), event.attachmentId()).ifPresent(document -> taskHolders.tell(
                event.requestId(), document.uploadedBy(), "documentAdded",
                lifecycle.find(event.requestId()).reference(), document.filename()));
    }

    /** The partner and the coordinators of every agency involved learn how the request ended. */
    @EventListener
    void onClosed(RequestClosed event) {
        CooperationRequest request = lifecycle.find(event.requestId());
        List<String> groups = new ArrayList<>();
        groups.add(RequestProcess.partnerGroup(request.partnerOrg()));
        lifecycle.agencies(request.id()).forEach(a -> groups.add(RequestProcess.coordinatorGroup(a.agencyCode())));
        notifier.notifyGroups(request.id(), groups, "closed." + event.status().name().toLowerCase(Locale.ROOT),
                request.reference(), request.title(), request.closingReason() == null ? "" : request.closingReason());
    }

    @EventListener
    void onScreeningEscalated(ScreeningEscalated event) {
        notifier.notifyGroups(event.requestId(), List.of(RequestProcess.GROUP_MANAGER, RequestProcess.GROUP_INTAKE),
                "screeningOverdue", lifecycle.find(event.requestId()).reference());
    }

    @EventListener
    void onMouReviewReminded(MouReviewReminded event) {
        CooperationRequest request = lifecycle.find(event.requestId());
        notifier.notifyGroups(request.id(), List.of(RequestProcess.partnerGroup(request.partnerOrg())),
                "mouReviewOverdue", request.reference());
    }

    @EventListener
    void onDelegated(TaskDelegated event) {
        notifier.notifyUser(event.requestId(), event.to(), "taskDelegated",
                lifecycle.find(event.requestId()).reference(), TaskNames.of(event.taskKey()));
    }
}
