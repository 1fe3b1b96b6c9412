package org.coopflow.tasklist;

import java.time.Instant;
import java.util.List;

/**
 * An open task from the task list read model: what is waiting, on whom (an assignee or candidate
 * groups), for which request (its reference and title).
 *
 * @param candidateUsers people the task is offered to personally: substitutes of an absent official, who may take the
 *                       task even while it is assigned to the person they stand in for
 */
public record OpenTask(String taskId, String taskKey, String name, Long requestId, String reference, String title,
                       String partnerOrg, String countryCode, String sector, String stage, String assignee,
                       List<String> candidateGroups, List<String> candidateUsers, Instant created, Instant due) {

    /** A task offered to groups only. */
    public OpenTask(String taskId, String taskKey, String name, Long requestId, String reference, String title,
                    String partnerOrg, String countryCode, String sector, String stage, String assignee,
                    List<String> candidateGroups, Instant created, Instant due) {
        this(taskId, taskKey, name, requestId, reference, title, partnerOrg, countryCode, sector, stage, assignee,
                candidateGroups, List.of(), created, due);
    }

    /** True when the task is offered to this user personally (as a substitute). */
    public boolean offeredTo(String username) {
        return candidateUsers.contains(username);
    }

    /** True when the partner organisation is the one expected to act. */
    public boolean onPartner() {
        return candidateGroups.stream().anyMatch(g -> g.startsWith("partner:"));
    }
}
