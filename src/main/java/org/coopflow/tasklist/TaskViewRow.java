package org.coopflow.tasklist;

import java.time.Instant;

/** A row of task_view, with its candidate groups comma-joined. */
record TaskViewRow(String taskId, Long requestId, String processInstanceId, String taskKey, String name,
                   String assignee, Instant createdAt, Instant dueAt, String reference, String title,
                   String partnerOrg, String countryCode, String sectorCode, String stage, String candidateGroups) {

    /** task_candidate's queue of a person (a substitute the task is offered to): {@code user:<username>}. */
    static final String USER_QUEUE = "user:";

    static String userQueue(String username) {
        return USER_QUEUE + username;
    }

    OpenTask toOpenTask() {
        java.util.List<String> queues = candidateGroups == null || candidateGroups.isBlank()
                ? java.util.List.of() : java.util.List.of(candidateGroups.split(","));
        java.util.List<String> groups = queues.stream().filter(q -> !q.startsWith(USER_QUEUE)).toList();
        java.util.List<String> users = queues.stream().filter(q -> q.startsWith(USER_QUEUE))
                .map(q -> q.substring(USER_QUEUE.length())).toList();
        return new OpenTask(taskId, taskKey, name, requestId, reference, title, partnerOrg, countryCode, sectorCode,
                stage, assignee, groups, users, createdAt, dueAt);
    }
}
