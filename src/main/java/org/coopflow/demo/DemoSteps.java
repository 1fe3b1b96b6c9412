package org.coopflow.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestService;
import org.coopflow.request.RequestService.Submission;
import org.coopflow.request.SubmitRequest;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskActions;
import org.coopflow.tasklist.TaskList;
import org.springframework.stereotype.Component;

/**
 * A demo user acting through the same services as the web pages and the API, so the demo requests carry a
 * real audit trail, task list read model and form submissions.
 */
@Component
class DemoSteps {

    /** A timer the job executor may be firing at the same moment is given this long to move the process on. */
    private static final Duration TASK_WAIT = Duration.ofSeconds(30);

    private final RequestService requests;
    private final TaskActions taskActions;
    private final TaskList taskList;
    private final CoopFlowUserDetailsService users;
    private final RuntimeService runtime;
    private final ManagementService management;

    DemoSteps(RequestService requests, TaskActions taskActions, TaskList taskList, CoopFlowUserDetailsService users,
              RuntimeService runtime, ManagementService management) {
        this.requests = requests;
        this.taskActions = taskActions;
        this.taskList = taskList;
        this.users = users;
        this.runtime = runtime;
        this.management = management;
    }

    Submission submit(String partnerUser, SubmitRequest content, String idempotencyKey) {
        CoopFlowPrincipal partner = users.loadUserByUsername(partnerUser);
        return requests.submit(partner.user(), content, idempotencyKey, localeOf(partner));
    }

    /** Claims this user's open task of the request and completes it with these form values. */
    void complete(String username, CooperationRequest request, String taskKey, Map<String, Object> values) {
        CoopFlowPrincipal principal = users.loadUserByUsername(username);
        CurrentUser user = principal.user();
        String taskId = awaitTask(user, request, taskKey);
        taskActions.claim(user, taskId);
        taskActions.complete(user, taskId, values, localeOf(principal));
    }

    /**
     * Lets the consultation date arrive now, as ProcessDriver does in the tests; the job executor may fire
     * the same timer first, which is just as good.
     */
    void reachConsultationDate(CooperationRequest request) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(request.reference()).list()) {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId())
                    .activityId("consultationDateReached").list()) {
                try {
                    management.executeJob(job.getId());
                } catch (ProcessEngineException | NullPointerException firedMeanwhile) {
                    // the job executor got there first (it looks every 5 s; the engine may then fail on the
                    // execution it moved on, with an NPE on H2)
                }
            }
        }
    }

    /**
     * Runs the timers of the request's MOU obligations that are due now (a commitment due today comes due at once),
     * as the job executor would a few seconds later; it may get there first, which is just as good.
     */
    void runDueObligationTimers(CooperationRequest request) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(request.reference()).processDefinitionKey("obligationOccurrence").list()) {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId()).executable().list()) {
                try {
                    management.executeJob(job.getId());
                } catch (ProcessEngineException | NullPointerException firedMeanwhile) {
                    // the job executor got there first
                }
            }
        }
    }

    private String awaitTask(CurrentUser user, CooperationRequest request, String taskKey) {
        Instant giveUp = Instant.now().plus(TASK_WAIT);
        while (true) {
            Optional<OpenTask> task = taskList.openTasksOf(request.id()).stream()
                    .filter(t -> taskKey.equals(t.taskKey()))
                    .filter(t -> taskList.findWorkable(user, t.taskId()).isPresent())
                    .findFirst();
            if (task.isPresent()) {
                return task.get().taskId();
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException(user.username() + " has no task " + taskKey + " on "
                        + request.reference());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for " + taskKey, e);
            }
        }
    }

    private static Locale localeOf(CoopFlowPrincipal principal) {
        return principal.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(principal.locale());
    }
}
