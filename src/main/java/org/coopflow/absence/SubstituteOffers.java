package org.coopflow.absence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.request.RequestProcess;
import org.coopflow.shared.GeneratedId;
import org.coopflow.tasklist.TaskList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Offers an absent official's tasks to their substitute as well, visibly: the substitute becomes a candidate user of
 * the engine's task (the task lists show it as offered to them, and they may take it over), and each offer is
 * recorded and announced ({@link SubstituteOffered}). When the absence starts, the tasks assigned to the official
 * then are offered; while it runs, so is every task that gets assigned to them (a new expert's answer, a delegation);
 * when it ends, the offers are withdrawn ({@link SubstituteWithdrawn}) and whoever holds a task keeps it.
 *
 * <p>Tasks offered to the official's groups need nothing: a substitute of the same agency and role is in those groups
 * already.
 */
@Component
class SubstituteOffers {

    private static final Logger log = LoggerFactory.getLogger(SubstituteOffers.class);
    /** Offers to make when the transaction that assigned the tasks commits (taskId → absence id). */
    private static final Object PENDING_KEY = new Object();

    private final AbsenceMapper mapper;
    private final TaskService tasks;
    private final TaskList taskList;
    private final ApplicationEventPublisher events;

    SubstituteOffers(AbsenceMapper mapper, TaskService tasks, TaskList taskList, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.tasks = tasks;
        this.taskList = taskList;
        this.events = events;
    }

    /** The absence starts: its tasks are offered to the substitute. False when another node started it first. */
    boolean start(Absence absence) {
        if (mapper.changeStatus(absence.id(), absence.version(), AbsenceStatus.ACTIVE, null, null) == 0) {
            return false;
        }
        for (Task task : tasks.createTaskQuery().taskAssignee(absence.username()).list()) {
            offer(absence, task.getId());
        }
        return true;
    }

    /** The absence is over (or called off): the offers are withdrawn. False when someone else moved it first. */
    boolean finish(Absence absence, AbsenceStatus status, String endedBy) {
        if (mapper.changeStatus(absence.id(), absence.version(), status, endedBy, now()) == 0) {
            return false;
        }
        for (SubstituteOffer offer : mapper.findOpenOffers(absence.id())) {
            mapper.withdrawOffer(offer.id(), now());
            if (tasks.createTaskQuery().taskId(offer.taskId()).count() == 0) {
                continue; // the task ended meanwhile: nothing to withdraw
            }
            if (isCandidate(offer.taskId(), absence.substitute())) {
                tasks.deleteCandidateUser(offer.taskId(), absence.substitute());
                taskList.refreshCandidates(offer.taskId());
            }
            events.publishEvent(new SubstituteWithdrawn(offer.requestId(), offer.id()));
        }
        return true;
    }

    /**
     * A task of a request assigned to an official who is away (at its creation, a claim, a delegation): offered to the
     * substitute when the transaction commits — the engine is still firing this task's own events now.
     */
    @EventListener
    void onTaskEvent(DelegateTask task) {
        String event = task.getEventName();
        if (task.getAssignee() == null || task.getExecution() == null
                || !(TaskListener.EVENTNAME_CREATE.equals(event) || TaskListener.EVENTNAME_ASSIGNMENT.equals(event)
                || TaskListener.EVENTNAME_UPDATE.equals(event))) {
            return;
        }
        Absence away = mapper.findActive(task.getAssignee());
        if (away == null || mapper.findOfferOf(away.id(), task.getId()) != null
                || !(task.getVariable(RequestProcess.VAR_REQUEST_ID) instanceof Number)) {
            return;
        }
        offerAtCommit(task.getId(), away.id());
    }

    private void offer(Absence absence, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        Object requestId = task == null ? null : tasks.getVariable(taskId, RequestProcess.VAR_REQUEST_ID);
        if (!(requestId instanceof Number id) || !absence.username().equals(task.getAssignee())
                || mapper.findOfferOf(absence.id(), taskId) != null) {
            return;
        }
        GeneratedId row = new GeneratedId();
        // recorded before the engine's task changes, so the task events this causes find the offer made
        mapper.insertOffer(new SubstituteOffer(null, absence.id(), taskId, id.longValue(),
                task.getTaskDefinitionKey(), now(), null), row);
        if (!isCandidate(taskId, absence.substitute())) {
            tasks.addCandidateUser(taskId, absence.substitute());
        }
        events.publishEvent(new SubstituteOffered(id.longValue(), row.getId()));
    }

    private boolean isCandidate(String taskId, String username) {
        return tasks.getIdentityLinksForTask(taskId).stream().anyMatch(link ->
                IdentityLinkType.CANDIDATE.equals(link.getType()) && username.equals(link.getUserId()));
    }

    @SuppressWarnings("unchecked")
    private void offerAtCommit(String taskId, Long absenceId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            log.warn("Task {} was assigned outside a transaction: not offered to the substitute", taskId);
            return;
        }
        Map<String, Long> pending = (Map<String, Long>) TransactionSynchronizationManager.getResource(PENDING_KEY);
        if (pending == null) {
            Map<String, Long> created = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(PENDING_KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING_KEY);
                    created.forEach((task, absence) -> {
                        Absence away = mapper.find(absence);
                        if (away != null && away.status() == AbsenceStatus.ACTIVE) {
                            offer(away, task);
                        }
                    });
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING_KEY);
                }
            });
            pending = created;
        }
        pending.putIfAbsent(taskId, absenceId);
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
