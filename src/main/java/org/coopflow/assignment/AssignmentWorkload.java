package org.coopflow.assignment;

import java.util.Collection;
import java.util.List;

import org.coopflow.reference.ExpertWorkload;
import org.springframework.stereotype.Component;

/** The experts' assignments that count against their load: nominations to answer, accepted ones on open requests. */
@Component
class AssignmentWorkload implements ExpertWorkload {

    private final AssignmentMapper mapper;

    AssignmentWorkload(AssignmentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Work> openWork(Collection<String> usernames) {
        return usernames.isEmpty() ? List.of() : mapper.findOpenAssignments(usernames, Assignments.CLOSED);
    }
}
