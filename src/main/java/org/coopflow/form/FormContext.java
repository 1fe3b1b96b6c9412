package org.coopflow.form;

import java.util.Locale;
import java.util.Map;

/** Where a form is shown or submitted: the request, the task's variables (e.g. {@code agency}), the language. */
public record FormContext(Long requestId, String taskKey, Map<String, Object> variables, Locale locale) {
}
