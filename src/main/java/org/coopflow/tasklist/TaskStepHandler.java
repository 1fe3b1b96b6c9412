package org.coopflow.tasklist;

import java.util.Map;
import java.util.Set;

/**
 * What a business feature does when one of its tasks is completed, beyond what the form and the process
 * already do: rules the form cannot express, and writes of the submitted text to the feature's own tables.
 * Runs in the completing transaction, before the engine moves on.
 */
public interface TaskStepHandler {

    Set<String> taskKeys();

    /** Adds field key → message code for each broken rule; nothing is changed when any is added. */
    default void validate(TaskContext task, Map<String, Object> values, Map<String, String> errors) {
    }

    default void completed(TaskContext task, Map<String, Object> values) {
    }
}
