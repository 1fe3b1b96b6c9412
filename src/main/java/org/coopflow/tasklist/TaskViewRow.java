package org.coopflow.tasklist;

import java.time.Instant;

/** A row of task_view, with its candidate groups comma-joined. */
record TaskViewRow(String taskId, Long requestId, String processInstanceId, String taskKey, String name,
                   String assignee, Instant createdAt, Instant dueAt, String reference, String title,
                   String partnerOrg, String countryCode, String sectorCode, String stage, String candidateGroups) {

    OpenTask toOpenTask() {
        java.util.List<String> groups = candidateGroups == null || candidateGroups.isBlank()
                ? java.util.List.of() : java.util.List.of(candidateGroups.split(","));
        return new OpenTask(taskId, taskKey, name, requestId, reference, title, partnerOrg, countryCode, sectorCode,
                stage, assignee, groups, createdAt, dueAt);
    }
}
