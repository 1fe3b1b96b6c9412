package org.coopflow.tasklist;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.coopflow.identity.CurrentUser;
import org.coopflow.request.RequestProcess;
import org.coopflow.shared.Page;
import org.springframework.stereotype.Service;

/**
 * Task lists from the read model (task_view): one indexed query per page instead of the engine's
 * candidate-group query (DISTINCT + ORDER BY over the identity links), which does not scale.
 */
@Service
public class TaskList {

    private final TaskViewMapper mapper;
    private final TaskViewProjector projector;

    TaskList(TaskViewMapper mapper, TaskViewProjector projector) {
        this.mapper = mapper;
        this.projector = projector;
    }

    /**
     * Brings a task's queues back in step with the engine after a candidate was removed from it (see
     * {@link TaskViewProjector#resyncCandidates}); call it outside the engine's command that removed it.
     */
    public void refreshCandidates(String taskId) {
        projector.resyncCandidates(taskId);
    }

    public Page<OpenTask> list(CurrentUser user, TaskListView view, TaskListFilter filter, int page, int size) {
        return list(user, view, filter, TaskListSort.DUE, page, size);
    }

    public Page<OpenTask> list(CurrentUser user, TaskListView view, TaskListFilter filter, TaskListSort sort,
                               int page, int size) {
        return list(user, view, filter, sort, page, size, count(user, view, filter));
    }

    /**
     * A page of a view whose count the caller has already made (the task list page counts both tabs first). One row
     * more than the page is read: it says whether a next page follows, which the count cannot past its limit.
     */
    public Page<OpenTask> list(CurrentUser user, TaskListView view, TaskListFilter filter, TaskListSort sort,
                               int page, int size, long counted) {
        TaskListFilter f = filter == null ? TaskListFilter.none() : filter;
        TaskListSort order = sort == null ? TaskListSort.DUE : sort;
        List<String> groups = queuesOf(user);
        int offset = page * size;
        List<TaskViewRow> rows = switch (view) {
            case ASSIGNED -> mapper.findAssigned(user.username(), f, order, offset, size + 1);
            case OFFERED -> groups.isEmpty() ? List.of() : mapper.findOffered(groups, f, order, offset, size + 1);
            default -> mapper.findMine(user.username(), groups, f, order, offset, size + 1);
        };
        return Page.counted(rows.stream().map(TaskViewRow::toOpenTask).toList(), page, size, counted);
    }

    /**
     * How many tasks a view holds with these filters (the counts on the task list's tabs), counted up to
     * {@link Page#COUNT_UP_TO}: a count past {@link Page#COUNT_LIMIT} means "more than 10,000", and costs no more
     * however long the user's queues grow.
     */
    public long count(CurrentUser user, TaskListView view, TaskListFilter filter) {
        TaskListFilter f = filter == null ? TaskListFilter.none() : filter;
        List<String> groups = queuesOf(user);
        return switch (view) {
            case ASSIGNED -> mapper.countAssigned(user.username(), f, Page.COUNT_UP_TO);
            case OFFERED -> groups.isEmpty() ? 0 : mapper.countOffered(groups, f, Page.COUNT_UP_TO);
            default -> mapper.countMine(user.username(), groups, f, Page.COUNT_UP_TO);
        };
    }

    /**
     * A partner organisation's open steps, whichever of its people holds one: the organisation acts as one, so the
     * list is the same for every colleague. A partner has a handful at once; {@code limit} bounds the page anyway.
     */
    public List<OpenTask> ofPartnerOrganisation(CurrentUser partner, int limit) {
        return mapper.findOfGroup(RequestProcess.GROUP_PARTNER + partner.organisationCode(), limit).stream()
                .map(TaskViewRow::toOpenTask).toList();
    }

    /** Open tasks of a request: what is pending, and on whom. */
    public List<OpenTask> openTasksOf(Long requestId) {
        return mapper.findByRequest(requestId).stream().map(TaskViewRow::toOpenTask).toList();
    }

    /** The task if this user may work on it (assignee, or candidate through one of its groups). */
    public Optional<OpenTask> findWorkable(CurrentUser user, String taskId) {
        TaskViewRow row = mapper.findById(taskId);
        if (row == null) {
            return Optional.empty();
        }
        OpenTask task = row.toOpenTask();
        boolean mine = user.username().equals(task.assignee());
        boolean offered = task.candidateGroups().stream().anyMatch(user.groups()::contains)
                || task.offeredTo(user.username());
        return mine || offered ? Optional.of(task) : Optional.empty();
    }

    /** The queues a user's "offered" tasks come from: each of the user's groups, and the user's own (substitutes). */
    private static List<String> queuesOf(CurrentUser user) {
        List<String> queues = new java.util.ArrayList<>(user.groupList());
        queues.add(TaskViewRow.userQueue(user.username()));
        return queues;
    }

    /** An open task, whoever may work on it (for listeners of the task events). */
    public Optional<OpenTask> find(String taskId) {
        return Optional.ofNullable(mapper.findById(taskId)).map(TaskViewRow::toOpenTask);
    }

    /** Open tasks due after one instant and at the latest at another, soonest first (idx_task_view_due). */
    public List<OpenTask> dueBetween(Instant after, Instant until, int limit) {
        return mapper.findDueBetween(after, until, limit).stream().map(TaskViewRow::toOpenTask).toList();
    }
}
