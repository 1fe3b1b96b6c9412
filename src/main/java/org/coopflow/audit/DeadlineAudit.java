package org.coopflow.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.coopflow.deadline.Deadlines;
import org.coopflow.deadline.ExtensionCancelled;
import org.coopflow.deadline.ExtensionDecided;
import org.coopflow.deadline.ExtensionRequest;
import org.coopflow.deadline.ExtensionRequested;
import org.coopflow.deadline.Extensions;
import org.coopflow.deadline.StepEscalated;
import org.coopflow.deadline.StepReminded;
import org.coopflow.deadline.StepReminder;
import org.coopflow.request.RequestProcess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audit lines of deadlines: each reminder and escalation of a step's ladder, each request for more time and its
 * decision. Lines about a partner's step (its reminders, its requests for more time) are in the partner's view too.
 */
@Component
class DeadlineAudit {

    /** Who was told of an overdue step: the words depend on it. */
    static final String TOLD_MANAGERS = "MANAGER";
    static final String TOLD_COORDINATORS = "COORDINATOR";
    static final String TOLD_INTAKE = "INTAKE";

    private final AuditTrail audit;
    private final Deadlines deadlines;
    private final Extensions extensions;

    DeadlineAudit(AuditTrail audit, Deadlines deadlines, Extensions extensions) {
        this.audit = audit;
        this.deadlines = deadlines;
        this.extensions = extensions;
    }

    @EventListener
    void onReminded(StepReminded event) {
        StepReminder reminder = deadlines.reminder(event.reminderId());
        boolean partner = reminder.groups().stream().anyMatch(g -> g.startsWith(RequestProcess.GROUP_PARTNER));
        audit.write(audit.line(event.requestId(), AuditEventType.DEADLINE_REMINDED, null).step(reminder.step())
                .decision(reminder.rung().name()).detail(partner ? Timeline.PARTNER_STEP : null)
                .onDate(dateOf(reminder.dueAt(), reminder.calendarZone()))
                .counterpart(reminder.assignee(), reminder.assignee() == null ? null
                        : audit.nameOf(reminder.assignee())));
    }

    @EventListener
    void onEscalated(StepEscalated event) {
        StepReminder reminder = deadlines.reminder(event.reminderId());
        String group = reminder.notifiedGroup();
        String told = RequestProcess.GROUP_INTAKE.equals(group) ? TOLD_INTAKE
                : reminder.notifiedAgency() != null ? TOLD_COORDINATORS : TOLD_MANAGERS;
        audit.write(audit.line(event.requestId(), AuditEventType.DEADLINE_ESCALATED, null).step(reminder.step())
                .decision(told).agency(reminder.notifiedAgency())
                .onDate(dateOf(reminder.dueAt(), reminder.calendarZone()))
                .counterpart(reminder.assignee(), reminder.assignee() == null ? null
                        : audit.nameOf(reminder.assignee())));
    }

    @EventListener
    void onRequested(ExtensionRequested event) {
        ExtensionRequest asked = extensions.extension(event.extensionId());
        audit.write(audit.line(event.requestId(), AuditEventType.EXTENSION_REQUESTED, asked.askedBy())
                .step(asked.step()).number(asked.workingDays()).reason(asked.reason())
                .onDate(dateOf(asked.dueBefore(), asked.calendarZone())).detail(partnerStep(asked)));
    }

    @EventListener
    void onDecided(ExtensionDecided event) {
        ExtensionRequest decided = extensions.extension(event.extensionId());
        audit.write(audit.line(event.requestId(), AuditEventType.EXTENSION_DECIDED, decided.decidedBy())
                .step(decided.step()).decision(decided.status().name()).number(decided.workingDays())
                .onDate(dateOf(decided.newDueAt() != null ? decided.newDueAt() : decided.dueBefore(),
                        decided.calendarZone()))
                .reason(decided.decisionComment()).detail(partnerStep(decided))
                .counterpart(decided.askedBy(), audit.nameOf(decided.askedBy())));
    }

    @EventListener
    void onCancelled(ExtensionCancelled event) {
        ExtensionRequest cancelled = extensions.extension(event.extensionId());
        audit.write(audit.line(event.requestId(), AuditEventType.EXTENSION_CANCELLED, null)
                .step(cancelled.step()).number(cancelled.workingDays()).detail(partnerStep(cancelled)));
    }

    /** A partner's step: its staff asked (officials' steps are never offered to a partner). */
    private String partnerStep(ExtensionRequest extension) {
        return extensions.askedByPartner(extension) ? Timeline.PARTNER_STEP : null;
    }

    private static LocalDate dateOf(Instant instant, String zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneId.of(zone));
    }
}
