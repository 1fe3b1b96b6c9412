package org.coopflow.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coopflow.absence.Absence;
import org.coopflow.absence.Absences;
import org.coopflow.absence.SubstituteOffer;
import org.coopflow.absence.SubstituteOffered;
import org.coopflow.attachment.Attachments;
import org.coopflow.attachment.DocumentAdded;
import org.coopflow.deadline.Deadlines;
import org.coopflow.deadline.ExtensionDecided;
import org.coopflow.deadline.ExtensionRequest;
import org.coopflow.deadline.ExtensionRequested;
import org.coopflow.deadline.ExtensionStatus;
import org.coopflow.deadline.Extensions;
import org.coopflow.deadline.StepEscalated;
import org.coopflow.deadline.StepReminded;
import org.coopflow.deadline.StepReminder;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.MessagePosted;
import org.coopflow.request.RequestClosed;
import org.coopflow.request.RequestLabels;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestMessage;
import org.coopflow.request.RequestProcess;
import org.coopflow.request.RequestService;
import org.coopflow.request.RequestSubmitted;
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
    private final Deadlines deadlines;
    private final Extensions extensions;
    private final Absences absences;
    private final RequestLabels labels;

    BusinessEventMails(Notifier notifier, TaskHolders taskHolders, RequestLifecycle lifecycle, RequestService requests,
                       Attachments attachments, Deadlines deadlines, Extensions extensions, Absences absences,
                       RequestLabels labels) {
        this.notifier = notifier;
        this.taskHolders = taskHolders;
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.extensions = extensions;
        this.absences = absences;
        this.labels = labels;
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

    /** A step's holder is reminded: its assignee, or — while nobody holds it — everyone it is offered to. */
    @EventListener
    void onStepReminded(StepReminded event) {
        StepReminder reminder = deadlines.reminder(event.reminderId());
        String key = "stepReminder." + reminder.rung().name();
        Object[] args = {lifecycle.find(event.requestId()).reference(), TaskNames.of(reminder.step()),
                dueText(reminder.dueAt(), reminder.calendarZone())};
        if (reminder.assignee() != null) {
            notifier.notifyUser(event.requestId(), reminder.assignee(), key, args);
            return;
        }
        notifier.notifyGroups(event.requestId(), reminder.groups(), key, args);
        reminder.users().forEach(user -> notifier.notifyUser(event.requestId(), user, key, args));
    }

    /** An overdue step: its responsible party is told (the holder keeps it). */
    @EventListener
    void onStepEscalated(StepEscalated event) {
        StepReminder reminder = deadlines.reminder(event.reminderId());
        notifier.notifyGroups(event.requestId(), List.of(reminder.notifiedGroup()), "stepEscalated",
                lifecycle.find(event.requestId()).reference(), TaskNames.of(reminder.step()),
                dueText(reminder.dueAt(), reminder.calendarZone()));
    }

    /** The step's responsible party has a request for more time to decide. */
    @EventListener
    void onExtensionRequested(ExtensionRequested event) {
        ExtensionRequest asked = extensions.extension(event.extensionId());
        notifier.notifyGroups(event.requestId(), List.of(asked.deciders()), "extensionRequested",
                lifecycle.find(event.requestId()).reference(), TaskNames.of(asked.step()), asked.workingDays(),
                asked.reason());
    }

    /** Whoever asked for more time learns the answer (and the new due date). */
    @EventListener
    void onExtensionDecided(ExtensionDecided event) {
        ExtensionRequest decided = extensions.extension(event.extensionId());
        boolean granted = decided.status() == ExtensionStatus.GRANTED;
        notifier.notifyUser(event.requestId(), decided.askedBy(), granted ? "extensionGranted" : "extensionRefused",
                lifecycle.find(event.requestId()).reference(), TaskNames.of(decided.step()),
                dueText(granted ? decided.newDueAt() : decided.dueBefore(), decided.calendarZone()),
                decided.decisionComment() == null ? "" : decided.decisionComment());
    }

    /** A substitute learns of each step offered to them while a colleague is away. */
    @EventListener
    void onSubstituteOffered(SubstituteOffered event) {
        SubstituteOffer offer = absences.offer(event.offerId());
        Absence absence = absences.find(offer.absenceId());
        notifier.notifyUser(event.requestId(), absence.substitute(), "substituteOffered",
                lifecycle.find(event.requestId()).reference(), TaskNames.of(offer.step()),
                labels.person(absence.username()), absence.lastDay().toString());
    }

    /** A due date in the calendar it counts in: "2026-09-29 18:00 (Asia/Seoul)". */
    private static String dueText(Instant due, String zone) {
        if (due == null) {
            return "";
        }
        ZoneId id = ZoneId.of(zone);
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(id).format(due) + " (" + id.getId() + ")";
    }

    @EventListener
    void onDelegated(TaskDelegated event) {
        notifier.notifyUser(event.requestId(), event.to(), "taskDelegated",
                lifecycle.find(event.requestId()).reference(), TaskNames.of(event.taskKey()));
    }
}
