package org.coopflow.tasklist;

import java.time.Instant;

/**
 * Filters of a task list; null means any. {@code dueBefore} selects tasks due before that instant
 * (overdue and due-soon views).
 */
public record TaskListFilter(String stage, String country, String sector, Instant dueBefore) {

    public static TaskListFilter none() {
        return new TaskListFilter(null, null, null, null);
    }
}
