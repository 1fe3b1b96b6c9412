package org.coopflow.tasklist;

import java.util.Locale;
import java.util.Optional;

import org.coopflow.identity.CurrentUser;

/**
 * What a step asks, shown on its task page above the form: the question to answer, the plan to confirm, the draft
 * to review. The task list knows no stage; a module that reads the stages' records (workspace) provides it.
 */
public interface TaskBriefs {

    /**
     * The brief of this task for this reader, if the step has one.
     *
     * @return the Thymeleaf fragment to show ({@code template :: selector}) and what it needs
     */
    Optional<TaskBrief> briefOf(OpenTask task, CurrentUser reader, Locale locale);

    /**
     * A fragment of the task page and its data (exposed to the fragment as {@code brief.details}).
     *
     * @param template the template holding the fragment, e.g. {@code requests/brief}
     * @param fragment the fragment's name in it
     * @param prefill  the form's values before anything is typed (e.g. the routing intake may change)
     */
    record TaskBrief(String template, String fragment, Object details, java.util.Map<String, Object> prefill) {

        public TaskBrief(String template, String fragment, Object details) {
            this(template, fragment, details, java.util.Map.of());
        }
    }
}
