package org.coopflow.inbox;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.deadline.DeadlineProcess;
import org.coopflow.deadline.Deadlines;
import org.coopflow.deadline.ExtensionDecided;
import org.coopflow.deadline.ExtensionRequest;
import org.coopflow.deadline.ExtensionRequested;
import org.coopflow.deadline.ExtensionStatus;
import org.coopflow.deadline.Extensions;
import org.coopflow.deadline.StepEscalated;
import org.coopflow.deadline.StepReminded;
import org.coopflow.deadline.StepReminder;
import org.coopflow.request.RequestLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Due dates, from the deadline module's escalation ladder: its reminders to the holder, its escalation to the
 * responsible party, requests for more time to their deciders and the answer to whoever asked. The ladder is the one
 * voice of a due date — each rung is announced once, by the rung's own record (who held the step then) — so the inbox
 * has no deadline scan of its own: every step with a due date has a ladder (serviceLevels and escalationLadder have a
 * row for each), and an MOU obligation's fulfilment is reminded by its own model.
 */
@Component
class DeadlineNews {

    private final Inbox inbox;
    private final Audience audience;
    private final Deadlines deadlines;
    private final Extensions extensions;
    private final TaskService tasks;
    private final RequestLifecycle lifecycle;

    DeadlineNews(Inbox inbox, Audience audience, Deadlines deadlines, Extensions extensions, TaskService tasks,
                 RequestLifecycle lifecycle) {
        this.inbox = inbox;
        this.audience = audience;
        this.deadlines = deadlines;
        this.extensions = extensions;
        this.tasks = tasks;
        this.lifecycle = lifecycle;
    }

    /** The holder as the rung found it: the assignee, or everyone the step was offered to (substitutes too). */
    @EventListener
    void onReminded(StepReminded event) {
        StepReminder reminder = deadlines.reminder(event.reminderId());
        Set<String> holders = new LinkedHashSet<>();
        if (reminder.assignee() != null) {
            holders.add(reminder.assignee());
        } else {
            holders.addAll(audience.members(reminder.groups()));
            holders.addAll(reminder.users());
        }
        inbox.deliver(News.of(ItemKind.STEP_REMINDED, lifecycle.find(event.requestId()))
                .step(reminder.taskId(), reminder.step(), reminder.dueAt()).code(reminder.rung().name()), holders);
    }

    /** The responsible party's group (lead coordinators, nominating agency's coordinators, managers or intake). */
    @EventListener
    void onEscalated(StepEscalated event) {
        StepReminder reminder = deadlines.reminder(event.reminderId());
        if (reminder.notifiedGroup() == null) {
            return;
        }
        inbox.deliver(News.of(ItemKind.STEP_ESCALATED, lifecycle.find(event.requestId()))
                        .step(reminder.taskId(), reminder.step(), reminder.dueAt()).code(reminder.responsible()),
                audience.members(reminder.notifiedGroup()));
    }

    /**
     * The deciders hear who asks, how many days and why, leading to their decision (its task is not announced as a
     * plain step besides, see {@link TaskNews}).
     */
    @EventListener
    void onExtensionRequested(ExtensionRequested event) {
        ExtensionRequest asked = extensions.extension(event.extensionId());
        Task decision = asked.processInstanceId() == null ? null : tasks.createTaskQuery()
                .processInstanceId(asked.processInstanceId())
                .taskDefinitionKey(DeadlineProcess.TASK_DECIDE_EXTENSION).singleResult();
        if (decision == null) {
            return;
        }
        inbox.deliver(News.of(ItemKind.EXTENSION_REQUESTED, lifecycle.find(event.requestId()))
                        .step(decision.getId(), decision.getTaskDefinitionKey(),
                                decision.getDueDate() == null ? null : decision.getDueDate().toInstant())
                        .code(asked.step()).subject(asked.id()).ordinal(asked.workingDays()).actor(asked.askedBy())
                        .note(asked.reason()),
                audience.members(asked.deciders()));
    }

    /** Whoever asked hears the answer on their step: the new due date, or the old one and why. */
    @EventListener
    void onExtensionDecided(ExtensionDecided event) {
        ExtensionRequest decided = extensions.extension(event.extensionId());
        boolean granted = decided.status() == ExtensionStatus.GRANTED;
        inbox.deliver(News.of(ItemKind.EXTENSION_DECIDED, lifecycle.find(event.requestId()))
                        .step(decided.taskId(), decided.step(),
                                granted && decided.newDueAt() != null ? decided.newDueAt() : decided.dueBefore())
                        .code(decided.status().name()).subject(decided.id()).ordinal(decided.workingDays())
                        .actor(decided.decidedBy()).note(decided.decisionComment()),
                Set.of(decided.askedBy()));
    }
}
