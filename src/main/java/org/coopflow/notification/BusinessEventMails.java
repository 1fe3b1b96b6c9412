package org.coopflow.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.coopflow.absence.Absence;
import org.coopflow.absence.Absences;
import org.coopflow.absence.SubstituteOffer;
import org.coopflow.absence.SubstituteOffered;
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
import org.coopflow.request.RequestLabels;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestSubmitted;
import org.coopflow.tasklist.TaskNames;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mail to addresses rather than accounts, written to the outbox in the event's transaction, and the deadline
 * module's reminders, escalations, extension decisions and substitute offers. Everything else addressed to accounts
 * is decided by the inbox (org.coopflow.inbox): who is concerned by which event, once, for the inbox and for e-mail
 * alike, as each account's {@link MailPreference} says.
 */
@Component
class BusinessEventMails {

    private final Notifier notifier;
    private final RequestLifecycle lifecycle;
    private final Deadlines deadlines;
    private final Extensions extensions;
    private final Absences absences;
    private final RequestLabels labels;

    BusinessEventMails(Notifier notifier, RequestLifecycle lifecycle, Deadlines deadlines, Extensions extensions,
                       Absences absences, RequestLabels labels) {
        this.notifier = notifier;
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
        this.extensions = extensions;
        this.absences = absences;
        this.labels = labels;
    }

    /**
     * The acknowledgement, to the contact person named on the request, in the language the request was written
     * (unless the address is an account's that chose no e-mail at once).
     */
    @EventListener
    void onSubmitted(RequestSubmitted event) {
        CooperationRequest request = lifecycle.find(event.requestId());
        Locale locale = request.contactLocale() == null ? Locale.ENGLISH : Locale.forLanguageTag(request.contactLocale());
        notifier.notifyAddress(request.id(), request.contactEmail(), locale, "submitted", request.reference(),
                request.title());
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
}
