package org.coopflow.tasklist;

import java.util.List;

import org.coopflow.identity.CurrentUser;
import org.coopflow.web.Page;
import org.springframework.stereotype.Service;

/**
 * Task lists from the read model (task_view): one indexed query per page instead of the engine's
 * candidate-group query (DISTINCT + ORDER BY over the identity links), which does not scale.
 */
@Service
public class TaskList {

    private final TaskViewMapper mapper;

    TaskList(TaskViewMapper mapper) {
        this.mapper = mapper;
    }

    public Page<OpenTask> list(CurrentUser user, TaskListView view, TaskListFilter filter, int page, int size) {
        TaskListFilter f = filter == null ? TaskListFilter.none() : filter;
        List<String> groups = user.groupList();
        int offset = page * size;
        List<TaskViewRow> rows;
        long total;
        switch (view) {
            case ASSIGNED -> {
                rows = mapper.findAssigned(user.username(), f, offset, size);
                total = mapper.countAssigned(user.username(), f);
            }
            case OFFERED -> {
                rows = groups.isEmpty() ? List.of() : mapper.findOffered(groups, f, offset, size);
                total = groups.isEmpty() ? 0 : mapper.countOffered(groups, f);
            }
            default -> {
                rows = mapper.findMine(user.username(), groups, f, offset, size);
                total = mapper.countMine(user.username(), groups, f);
            }
        }
        return new Page<>(rows.stream().map(TaskViewRow::toOpenTask).toList(), page, size, total);
    }

    /** Open tasks of a request: what is pending, and on whom. */
    public List<OpenTask> openTasksOf(Long requestId) {
        return mapper.findByRequest(requestId).stream().map(TaskViewRow::toOpenTask).toList();
    }

    /** The task if this user may work on it (assignee, or candidate through one of its groups). */
    public java.util.Optional<OpenTask> findWorkable(CurrentUser user, String taskId) {
        TaskViewRow row = mapper.findById(taskId);
        if (row == null) {
            return java.util.Optional.empty();
        }
        OpenTask task = row.toOpenTask();
        boolean mine = user.username().equals(task.assignee());
        boolean offered = task.candidateGroups().stream().anyMatch(user.groups()::contains);
        return mine || offered ? java.util.Optional.of(task) : java.util.Optional.empty();
    }
}
