package org.coopflow.obligation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.attachment.Attachment;
import org.coopflow.attachment.Attachments;
import org.coopflow.attachment.CheckedUpload;
import org.coopflow.attachment.Upload;
import org.coopflow.identity.CurrentUser;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskActions;
import org.coopflow.tasklist.TaskList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording a fulfilment from the obligation's page: the evidence is uploaded to the request's documents (also when
 * the request closed long ago) and the occurrence's task is completed with it — through the task list's own
 * completion, so the model's listener records it exactly as when the task page is used. All or nothing.
 */
@Service
public class Fulfilments {

    private final Obligations obligations;
    private final Attachments attachments;
    private final TaskService taskService;
    private final TaskList taskList;
    private final TaskActions taskActions;
    private final TransactionTemplate transaction;

    Fulfilments(Obligations obligations, Attachments attachments, TaskService taskService, TaskList taskList,
                TaskActions taskActions, PlatformTransactionManager transactionManager) {
        this.obligations = obligations;
        this.attachments = attachments;
        this.taskService = taskService;
        this.taskList = taskList;
        this.taskActions = taskActions;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The open task of an occurrence, if this user may work on it (the responsible party's group). */
    public Optional<OpenTask> taskFor(CurrentUser user, Long occurrenceId) {
        Task task = taskService.createTaskQuery().processDefinitionKey(ObligationProcess.PROCESS_OCCURRENCE)
                .taskDefinitionKey(ObligationProcess.TASK_FULFIL)
                .processVariableValueEquals(ObligationProcess.VAR_OCCURRENCE_ID, occurrenceId).singleResult();
        return task == null ? Optional.empty() : taskList.findWorkable(user, task.getId());
    }

    /**
     * Uploads the evidence and completes the occurrence's task (claiming it first when nobody holds it).
     *
     * @throws InvalidInputException for a missing or refused file or a note that is too long; nothing is kept
     */
    public void record(CurrentUser user, Long obligationId, Long occurrenceId, Upload evidence, String note,
                       Locale locale) {
        Obligation obligation = obligations.visible(user, obligationId);
        Occurrence occurrence = obligations.occurrence(occurrenceId);
        if (occurrence == null || !occurrence.obligationId().equals(obligation.id()) || !occurrence.status().open()) {
            throw new ConflictException("obligations.notOpen");
        }
        OpenTask task = taskFor(user, occurrenceId).orElseThrow(() -> new ForbiddenException("obligations.notYours"));
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new ConflictException("obligations.heldByOther");
        }
        if (evidence == null) {
            throw new InvalidInputException(ObligationProcess.VAR_EVIDENCE, "obligations.evidence.required");
        }
        CheckedUpload checked = attachments.checkAll(List.of(evidence)).get(0);
        transaction.executeWithoutResult(status -> {
            Attachment document = attachments.attachChecked(user, obligation.requestId(), checked);
            if (task.assignee() == null) {
                taskActions.claim(user, task.taskId());
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put(ObligationProcess.VAR_EVIDENCE, String.valueOf(document.id()));
            if (note != null && !note.isBlank()) {
                values.put(ObligationProcess.VAR_NOTE, note);
            }
            taskActions.complete(user, task.taskId(), values, locale);
        });
    }
}
