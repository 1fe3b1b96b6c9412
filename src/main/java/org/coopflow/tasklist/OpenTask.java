package org.coopflow.tasklist;

import java.time.Instant;
import java.util.List;

/**
 * An open task from the task list read model: what is waiting, on whom (an assignee or candidate
 * groups), for which request (its reference and title).
 */
public record OpenTask(String taskId, String taskKey, String name, Long requestId, String reference, String title,
                       String partnerOrg, String countryCode, String sector, String stage, String assignee,
                       List<String> candidateGroups, Instant created, Instant due) {

    /** True when the partner organisation is the one expected to act. */
    public boolean onPartner() {
        return candidateGroups.stream().anyMatch(g -> g.startsWith("partner:"));
    }
}
