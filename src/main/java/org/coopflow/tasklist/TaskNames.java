package org.coopflow.tasklist;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A step's name in the reader's language: one message key per task key ({@code task.<taskKey>}, i18n/tasks), so a
 * step is called the same in the task list, the request page, the audit trail and the e-mails.
 */
public final class TaskNames {

    private TaskNames() {
    }

    /** Resolved by any MessageSource in the reader's locale (also as an argument of another message). */
    public static MessageSourceResolvable of(String taskKey, String fallback) {
        return new DefaultMessageSourceResolvable(new String[]{"task." + taskKey}, null,
                fallback != null ? fallback : taskKey);
    }

    public static MessageSourceResolvable of(String taskKey) {
        return of(taskKey, null);
    }
}
