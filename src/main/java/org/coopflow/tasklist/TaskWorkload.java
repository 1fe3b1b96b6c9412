package org.coopflow.tasklist;

import java.util.Collection;
import java.util.List;

import org.coopflow.reference.ExpertWorkload;
import org.springframework.stereotype.Component;

/** The open tasks experts hold (assigned to them in the task-list read model), for the experts' page. */
@Component
class TaskWorkload implements ExpertWorkload {

    private final TaskWorkloadMapper mapper;

    TaskWorkload(TaskWorkloadMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Work> openWork(Collection<String> usernames) {
        return usernames.isEmpty() ? List.of() : mapper.findAssigned(usernames);
    }
}
