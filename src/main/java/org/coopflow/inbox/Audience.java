package org.coopflow.inbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.coopflow.assignment.Assignments;
import org.coopflow.assignment.ExpertAssignment;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestAgency;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestProcess;
import org.coopflow.request.RequestScope;
import org.coopflow.request.RequestStatus;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskList;
import org.springframework.stereotype.Component;

/**
 * Who is concerned, from typed data only: the request's partner organisation, its routed agencies, the task list's
 * holders and candidate groups, the experts of the team. The one place the rules of who hears about what live (for
 * the inbox and e-mail alike); {@link Inbox#deliver} then leaves out whoever acted and any partner of another
 * organisation.
 */
@Component
class Audience {

    private final InboxMapper mapper;
    private final TaskList taskList;
    private final RequestLifecycle lifecycle;
    private final Assignments assignments;

    Audience(InboxMapper mapper, TaskList taskList, RequestLifecycle lifecycle, Assignments assignments) {
        this.mapper = mapper;
        this.taskList = taskList;
        this.lifecycle = lifecycle;
        this.assignments = assignments;
    }

    /** The enabled members of these groups. */
    Set<String> members(Collection<String> groups) {
        return groups.isEmpty() ? Set.of() : new LinkedHashSet<>(mapper.findMembers(groups));
    }

    Set<String> members(String... groups) {
        return members(List.of(groups));
    }

    /** The partner organisation's people. */
    Set<String> partner(CooperationRequest request) {
        return members(RequestProcess.partnerGroup(request.partnerOrg()));
    }

    /** Whoever holds one of the request's open steps, or — for a step nobody holds yet — may take it. */
    Set<String> stepHolders(Long requestId) {
        Set<String> holders = new LinkedHashSet<>();
        List<String> groups = new ArrayList<>();
        for (OpenTask task : taskList.openTasksOf(requestId)) {
            if (task.assignee() != null) {
                holders.add(task.assignee());
            } else {
                groups.addAll(task.candidateGroups());
            }
        }
        holders.addAll(members(groups.stream().distinct().toList()));
        return holders;
    }

    /** Whoever holds this step, or may take it. */
    Set<String> stepHolders(OpenTask task) {
        return task.assignee() != null ? Set.of(task.assignee()) : members(task.candidateGroups());
    }

    /** The coordinators of the lead agency: they answer for the request once it is accepted. */
    Set<String> leadCoordinators(Long requestId) {
        String lead = lifecycle.leadAgency(requestId);
        return lead == null ? Set.of() : members(RequestProcess.coordinatorGroup(lead));
    }

    /** The coordinators of every agency the request is routed to. */
    Set<String> agencyCoordinators(Long requestId) {
        return members(lifecycle.agencies(requestId).stream().map(RequestAgency::agencyCode)
                .map(RequestProcess::coordinatorGroup).toList());
    }

    /** The experts who accepted their assignment. */
    Set<String> team(Long requestId) {
        Set<String> team = new LinkedHashSet<>();
        assignments.accepted(requestId).stream().map(ExpertAssignment::expertUsername).forEach(team::add);
        return team;
    }

    /**
     * Who follows a request's messages and documents: its partner, whoever holds or may take one of its open steps
     * and, once it is past screening, its lead agency's coordinators.
     */
    Set<String> followers(CooperationRequest request) {
        Set<String> followers = new LinkedHashSet<>(partner(request));
        followers.addAll(stepHolders(request.id()));
        if (pastScreening(request.status())) {
            followers.addAll(leadCoordinators(request.id()));
        }
        return followers;
    }

    /** Accepted at screening and still under way. */
    static boolean pastScreening(RequestStatus status) {
        return !RequestScope.IN_SCREENING.contains(status) && !status.isClosed();
    }
}
