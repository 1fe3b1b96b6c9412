package org.coopflow.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.request.RequestProcess;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.GeneratedId;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.NotFoundException;
import org.coopflow.system.EngineIdentity;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests for more time. The holder of a step — whoever has claimed it, or, while nobody has, anyone it is offered
 * to (a partner's staff for the partner's steps) — asks for more working days with a reason; the step's responsible
 * party (escalationLadder) decides in a task of its own (bpmn/stepExtension.bpmn); a grant moves the due date, the
 * step's timers at its due date and its reminders. One request at a time per step; a step that ends first cancels it.
 */
@Service
public class Extensions {

    /** The most working days one request may ask for. */
    public static final int MAX_DAYS = 30;
    /** The longest reason accepted. */
    public static final int MAX_REASON = 2000;

    /** A step's requests for more time as a page shows them, and whether this user may ask now (else why not). */
    public record StepExtensions(OpenTask task, StepDeadline deadline, List<ExtensionRequest> requests,
                                 String refusal) {

        public boolean mayAsk() {
            return refusal == null;
        }
    }

    private final DeadlineMapper mapper;
    private final DeadlineLadder ladder;
    private final TaskList taskList;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final EngineIdentity engineIdentity;
    private final CoopFlowUserDetailsService users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Extensions(DeadlineMapper mapper, DeadlineLadder ladder, TaskList taskList, TaskService tasks,
               RuntimeService runtime, EngineIdentity engineIdentity, CoopFlowUserDetailsService users,
               ApplicationEventPublisher events,
               PlatformTransactionManager transactionManager, Clock clock) {
        this.mapper = mapper;
        this.ladder = ladder;
        this.taskList = taskList;
        this.tasks = tasks;
        this.runtime = runtime;
        this.engineIdentity = engineIdentity;
        this.users = users;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The step's deadline and requests for more time, for whoever may work on the step (else: not found). */
    public StepExtensions of(CurrentUser user, String taskId) {
        OpenTask task = workable(user, taskId);
        StepDeadline deadline = mapper.find(taskId);
        return new StepExtensions(task, deadline, mapper.findExtensions(taskId), refusal(user, task, deadline));
    }

    public ExtensionRequest extension(Long extensionId) {
        return mapper.findExtension(extensionId);
    }

    /** Whether a partner's staff asked (the step is the partner's). */
    public boolean askedByPartner(ExtensionRequest extension) {
        CurrentUser asker = users.currentUserOf(extension.askedBy());
        return asker != null && asker.isPartner();
    }

    /** Every request for more time on a request's steps, oldest first. */
    public List<ExtensionRequest> ofRequest(Long requestId) {
        return mapper.findExtensionsOfRequest(requestId);
    }

    /**
     * The holder asks for {@code days} more working days because of {@code reason}. Bad input is a field error and
     * changes nothing; asking while not the holder, on a step without a due date, or while a request is pending is a
     * conflict.
     */
    public ExtensionRequest ask(CurrentUser user, String taskId, Integer days, String reason) {
        OpenTask task = workable(user, taskId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (days == null) {
            errors.put("days", "extension.days.required");
        } else if (days < 1 || days > MAX_DAYS) {
            errors.put("days", "extension.days.range");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.put("reason", "extension.reason.required");
        } else if (why.length() > MAX_REASON) {
            errors.put("reason", "extension.reason.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        try {
            return transaction.execute(status -> {
                StepDeadline deadline = mapper.find(taskId);
                String refusal = refusal(user, task, deadline);
                if (refusal != null) {
                    throw new ConflictException(refusal);
                }
                return start(user, task, deadline, days, why);
            });
        } catch (DuplicateKeyException askedAtOnce) {
            throw new ConflictException("extension.alreadyAsked");
        }
    }

    private ExtensionRequest start(CurrentUser user, OpenTask task, StepDeadline deadline, int days, String reason) {
        Map<String, Object> variables = tasks.getVariables(task.taskId(), List.of(RequestProcess.VAR_REFERENCE,
                RequestProcess.VAR_PARTNER_GROUP, RequestProcess.VAR_LEAD_AGENCY, DeadlineProcess.VAR_AGENCY));
        String lead = (String) variables.get(RequestProcess.VAR_LEAD_AGENCY);
        String deciders = deadline.party().group(lead, (String) variables.get(DeadlineProcess.VAR_AGENCY));
        GeneratedId id = new GeneratedId();
        mapper.insertExtension(new ExtensionRequest(null, task.requestId(), task.taskId(), task.taskKey(), days, reason,
                user.username(), clock.instant(), deadline.dueAt(), ladder.dueAfter(deadline, days), deciders,
                ladder.zoneOf(deadline), null, ExtensionStatus.PENDING, null, null, null, null), id);
        events.publishEvent(new ExtensionRequested(task.requestId(), id.getId()));
        Map<String, Object> start = new HashMap<>();
        start.put(RequestProcess.VAR_REQUEST_ID, task.requestId());
        start.put(RequestProcess.VAR_REFERENCE, task.reference());
        start.put(RequestProcess.VAR_PARTNER_GROUP, variables.get(RequestProcess.VAR_PARTNER_GROUP));
        if (lead != null) {
            start.put(RequestProcess.VAR_LEAD_AGENCY, lead);
        }
        start.put(DeadlineProcess.VAR_EXTENSION_ID, id.getId());
        start.put(DeadlineProcess.VAR_DECIDERS, deciders);
        ProcessInstance decision = engineIdentity.as(user, () -> runtime.startProcessInstanceByKey(
                DeadlineProcess.PROCESS_KEY_EXTENSION, task.reference(), start));
        mapper.setExtensionProcess(id.getId(), decision.getId());
        return mapper.findExtension(id.getId());
    }

    /**
     * Records the responsible party's decision (decideExtension completed). Nobody decides on their own request; a
     * refusal says why. A grant gives the step this many working days more from its current due date.
     */
    void decide(Long extensionId, String decision, String comment, String decidedBy) {
        ExtensionRequest extension = mapper.findExtension(extensionId);
        if (extension == null || !extension.pending()) {
            throw new ConflictException("extension.decidedMeanwhile");
        }
        if (extension.askedBy().equals(decidedBy)) {
            throw new InvalidInputException(DeadlineProcess.VAR_DECISION, "extension.ownRequest");
        }
        boolean grant = DeadlineProcess.GRANT.equals(decision);
        if (!grant && comment == null) {
            throw new InvalidInputException(DeadlineProcess.VAR_COMMENT, "form.required");
        }
        StepDeadline deadline = mapper.find(extension.taskId());
        Instant newDue = grant && deadline != null ? ladder.dueAfter(deadline, extension.workingDays()) : null;
        if (mapper.decideExtension(extensionId, grant ? ExtensionStatus.GRANTED : ExtensionStatus.REFUSED, decidedBy,
                clock.instant(), comment, newDue) == 0) {
            throw new ConflictException("extension.decidedMeanwhile");
        }
        events.publishEvent(new ExtensionDecided(extension.requestId(), extensionId));
    }

    /** A granted request takes effect (grantExtension): the due date, the timers and the reminders move. */
    void apply(Long extensionId) {
        ExtensionRequest extension = mapper.findExtension(extensionId);
        if (extension != null && extension.status() == ExtensionStatus.GRANTED && extension.newDueAt() != null) {
            ladder.extend(extension.taskId(), extension.newDueAt(), extension.workingDays());
        }
    }

    /** A step that ends (completed, or cancelled with its request) closes its pending request for more time. */
    @EventListener
    void onTaskEvent(DelegateTask task) {
        String event = task.getEventName();
        if (!TaskListener.EVENTNAME_COMPLETE.equals(event) && !TaskListener.EVENTNAME_DELETE.equals(event)) {
            return;
        }
        ExtensionRequest pending = mapper.findPendingExtension(task.getId());
        if (pending == null) {
            return;
        }
        mapper.decideExtension(pending.id(), ExtensionStatus.CANCELLED, null, clock.instant(), null, null);
        if (pending.processInstanceId() != null
                && runtime.createProcessInstanceQuery().processInstanceId(pending.processInstanceId()).count() > 0) {
            runtime.deleteProcessInstance(pending.processInstanceId(), "The step ended before a decision", true);
        }
        events.publishEvent(new ExtensionCancelled(pending.requestId(), pending.id()));
    }

    /** Why this user may not ask for more time on this step now (a message code), or null. */
    private String refusal(CurrentUser user, OpenTask task, StepDeadline deadline) {
        if (DeadlineProcess.TASK_DECIDE_EXTENSION.equals(task.taskKey())) {
            return "extension.notForDecisions";
        }
        if (deadline == null) {
            return "extension.noDueDate";
        }
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            return "extension.notHolder";
        }
        if (mapper.findPendingExtension(task.taskId()) != null) {
            return "extension.alreadyAsked";
        }
        return null;
    }

    private OpenTask workable(CurrentUser user, String taskId) {
        return taskList.findWorkable(user, taskId).orElseThrow(() -> new NotFoundException("task.notFound"));
    }
}
