package org.coopflow.tasklist;

import java.util.List;

import org.coopflow.form.FormService;

/** A task with the form that completes it. */
public record TaskForm(OpenTask task, String formId, List<FormService.DescribedField> fields) {

    /** The same form, for the task as it is now (someone else took it meanwhile). */
    TaskForm withTask(OpenTask current) {
        return new TaskForm(current, formId, fields);
    }
}
