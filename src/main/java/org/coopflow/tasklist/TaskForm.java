package org.coopflow.tasklist;

import java.util.List;

import org.coopflow.form.FormService;

/** A task with the form that completes it. */
public record TaskForm(OpenTask task, String formId, List<FormService.DescribedField> fields) {
}
