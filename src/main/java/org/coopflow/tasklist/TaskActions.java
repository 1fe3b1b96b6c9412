package org.coopflow.tasklist;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.coopflow.form.FormContext;
import org.coopflow.form.FormService;
import org.coopflow.form.ValidatedForm;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.IdentityMapper;
import org.coopflow.identity.UserAccount;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.LocalizedException;
import org.coopflow.shared.NotFoundException;
import org.coopflow.system.EngineIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claim, unclaim, delegate and complete through CoopFlow. Enforces what the engine does not: only a candidate
 * claims, only the assignee completes, delegation stays within the agency. What a step records and announces is
 * the model's listeners' business, so a task completed any other way records the same. A task that
 * someone else changed meanwhile is a 409 with a clear message (optimistic-locking conflicts are
 * retried a few times first), never lost work.
 */
@Service
public class TaskActions {

    private static final Logger log = LoggerFactory.getLogger(TaskActions.class);
    private static final int ATTEMPTS = 3;
    private static final int MAX_COLLEAGUES_PER_GROUP = 200;

    private final TaskList taskList;
    private final TaskService taskService;
    private final EngineIdentity engineIdentity;
    private final FormService forms;
    private final FormSubmissionMapper submissions;
    private final CoopFlowUserDetailsService users;
    private final IdentityMapper identity;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;

    TaskActions(TaskList taskList, TaskService taskService, EngineIdentity engineIdentity, FormService forms,
                FormSubmissionMapper submissions, CoopFlowUserDetailsService users, IdentityMapper identity,
                PlatformTransactionManager transactionManager, ObjectMapper json, Clock clock) {
        this.taskList = taskList;
        this.taskService = taskService;
        this.engineIdentity = engineIdentity;
        this.forms = forms;
        this.submissions = submissions;
        this.users = users;
        this.identity = identity;
        this.transaction = new TransactionTemplate(transactionManager);
        this.json = json;
        this.clock = clock;
    }

    /** The task's form with labels and options for this user, if the user may work on the task. */
    public TaskForm form(CurrentUser user, String taskId, Locale locale) {
        OpenTask task = workable(user, taskId);
        String formId = formIdOf(task);
        return new TaskForm(task, formId, forms.describe(formId, context(task, locale)));
    }

    /**
     * Takes a task offered to the user. A substitute, to whom the task is offered personally while the official it is
     * assigned to is away, takes it over from them.
     */
    public void claim(CurrentUser user, String taskId) {
        OpenTask task = workable(user, taskId);
        if (user.username().equals(task.assignee())) {
            return;
        }
        if (task.assignee() != null && !task.offeredTo(user.username())) {
            throw claimedBy(task.assignee());
        }
        if (task.assignee() != null) {
            inTransaction(taskId, () -> engineIdentity.run(user,
                    () -> taskService.setAssignee(taskId, user.username())));
            return;
        }
        inTransaction(taskId, () -> engineIdentity.run(user, () -> taskService.claim(taskId, user.username())));
    }

    public void unclaim(CurrentUser user, String taskId) {
        OpenTask task = assignedToMe(user, taskId);
        if (task.candidateGroups().isEmpty()) {
            // Personal tasks (an expert's assignment) would be left with nobody to pick them up.
            throw new ConflictException("task.cannotUnclaim");
        }
        inTransaction(taskId, () -> engineIdentity.run(user, () -> taskService.setAssignee(taskId, null)));
    }

    public void delegate(CurrentUser user, String taskId, String targetUsername) {
        OpenTask task = assignedToMe(user, taskId);
        CurrentUser target = targetUsername == null ? null : users.currentUserOf(targetUsername);
        if (target == null || target.username().equals(user.username())
                || !target.organisationCode().equals(user.organisationCode()) || !mayTakeOver(target, user, task)) {
            throw new InvalidInputException("userId", "task.delegate.notColleague");
        }
        inTransaction(taskId, () -> engineIdentity.run(user,
                () -> taskService.setAssignee(taskId, target.username())));
    }

    /**
     * The colleagues {@link #delegate} accepts for this task: of my agency, and offered the task through one
     * of its groups (for a personal task: sharing one of my agency roles), so a page offers only valid choices.
     */
    public List<Colleague> colleaguesToDelegateTo(CurrentUser user, OpenTask task) {
        List<String> groups = !task.candidateGroups().isEmpty() ? task.candidateGroups()
                : user.groups().stream().filter(g -> g.contains(":")).sorted().toList();
        Map<String, Colleague> colleagues = new LinkedHashMap<>();
        for (String group : groups) {
            for (UserAccount account : identity.findUsers(null, group, user.organisationCode(), 0,
                    MAX_COLLEAGUES_PER_GROUP)) {
                if (account.enabled() && !account.username().equals(user.username())) {
                    colleagues.putIfAbsent(account.username(), new Colleague(account.username(), account.displayName()));
                }
            }
        }
        return colleagues.values().stream().sorted(Comparator.comparing(Colleague::displayName)).toList();
    }

    /**
     * Validates the submission against the step's form and completes the task. The step's own listeners (in the
     * model) record what was decided and check the rules the form cannot express; a broken rule comes back as the
     * field's error and nothing is changed. Texts travel as transient variables: the listeners read them, the
     * engine never stores them.
     */
    public void complete(CurrentUser user, String taskId, Map<String, Object> submitted, Locale locale) {
        OpenTask task = assignedToMe(user, taskId);
        String formId = formIdOf(task);
        Map<String, Object> existing = variablesOf(taskId);
        ValidatedForm form = forms.validate(formId, new FormContext(task.requestId(), task.taskKey(), existing,
                locale), submitted);
        VariableMap variables = Variables.createVariables();
        form.values().forEach((name, value) -> {
            if (form.processVariables().containsKey(name)) {
                variables.putValue(name, form.processVariables().get(name));
            } else if (existing.containsKey(name)) {
                // an instance started on an older model declared this text as a variable of its own
                variables.putValue(name, value);
            } else {
                variables.putValueTyped(name, value instanceof String text ? Variables.stringValue(text, true)
                        : Variables.objectValue(value, true).create());
            }
        });
        inTransaction(taskId, () -> {
            submissions.insert(task.requestId(), taskId, task.taskKey(), user.username(), clock.instant(),
                    toJson(form.values()));
            engineIdentity.run(user, () -> taskService.complete(taskId, variables));
        });
    }

    /** The task's variables; a task completed meanwhile (even mid-read) is a 409, not a failure. */
    private Map<String, Object> variablesOf(String taskId) {
        try {
            return taskService.getVariables(taskId);
        } catch (OptimisticLockingException | NullValueException completedMeanwhile) {
            throw conflictFor(taskId);
        } catch (ProcessEngineException e) {
            if (taskGone(taskId) || lostARace(e)) {
                throw conflictFor(taskId);
            }
            throw e;
        }
    }

    private OpenTask workable(CurrentUser user, String taskId) {
        return taskList.findWorkable(user, taskId).orElseThrow(() -> new NotFoundException("task.notFound"));
    }

    private OpenTask assignedToMe(CurrentUser user, String taskId) {
        OpenTask task = workable(user, taskId);
        if (task.assignee() == null) {
            throw new ConflictException("task.claimFirst");
        }
        if (!task.assignee().equals(user.username())) {
            throw claimedBy(task.assignee());
        }
        return task;
    }

    /** A colleague may take over if offered the task through a group, or (personal tasks) shares my role there. */
    private static boolean mayTakeOver(CurrentUser target, CurrentUser me, OpenTask task) {
        if (!task.candidateGroups().isEmpty()) {
            return task.candidateGroups().stream().anyMatch(target.groups()::contains);
        }
        return me.groups().stream().filter(g -> g.contains(":")).anyMatch(target.groups()::contains);
    }

    private ConflictException claimedBy(String assignee) {
        CurrentUser holder = users.currentUserOf(assignee);
        return new ConflictException("task.claimedBy", holder == null ? assignee : holder.displayName());
    }

    private String formIdOf(OpenTask task) {
        Task engineTask = taskService.createTaskQuery().taskId(task.taskId()).initializeFormKeys().singleResult();
        if (engineTask != null && engineTask.getCamundaFormRef() != null) {
            return engineTask.getCamundaFormRef().getKey();
        }
        return task.taskKey();
    }

    private FormContext context(OpenTask task, Locale locale) {
        return new FormContext(task.requestId(), task.taskKey(), taskService.getVariables(task.taskId()), locale);
    }

    private String toJson(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs one engine action in its own transaction. Optimistic-locking conflicts (another node or user
     * touched the same rows) are retried; if the task is gone or taken meanwhile the caller gets a 409.
     */
    private void inTransaction(String taskId, Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> action.run());
                return;
            } catch (TaskAlreadyClaimedException e) {
                throw claimedBy(e.getTaskAssignee());
            } catch (LocalizedException e) {
                throw e;
            } catch (OptimisticLockingException | DataAccessException e) {
                if (attempt >= ATTEMPTS || taskGone(taskId)) {
                    log.info("Task {} changed meanwhile: {}", taskId, e.getMessage());
                    throw conflictFor(taskId);
                }
            } catch (NullValueException e) {
                throw new ConflictException("task.completedMeanwhile");
            } catch (ProcessEngineException e) {
                LocalizedException rule = ruleBroken(e);
                if (rule != null) {
                    throw rule; // a step's listener refused the input: its field error, nothing changed
                }
                if (taskGone(taskId)) {
                    throw new ConflictException("task.completedMeanwhile");
                }
                if (!lostARace(e)) {
                    throw e;
                }
                // A deadlock or lock timeout between the engine's rows and CoopFlow's (task read model, request row):
                // the database rolled this attempt back; another attempt sees the other side's result.
                if (attempt >= ATTEMPTS) {
                    log.info("Task {} still contended after {} attempts: {}", taskId, attempt, e.getMessage());
                    throw conflictFor(taskId);
                }
            }
        }
    }

    /** Deadlock (MySQL 1213, SQLSTATE 40001) or lock wait timeout (1205) anywhere in the cause chain. */
    static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && ("40001".equals(sql.getSQLState())
                    || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
            if (cause instanceof java.sql.BatchUpdateException batch && batch.getNextException() != null
                    && lostARace(batch.getNextException())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The engine wraps what a listener throws; a domain rule's exception is the answer the caller gets. */
    private static LocalizedException ruleBroken(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LocalizedException rule) {
                return rule;
            }
        }
        return null;
    }

    private boolean taskGone(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).count() == 0;
    }

    private ConflictException conflictFor(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return new ConflictException("task.completedMeanwhile");
        }
        if (task.getAssignee() != null) {
            return claimedBy(task.getAssignee());
        }
        return new ConflictException("task.changedMeanwhile");
    }

}
