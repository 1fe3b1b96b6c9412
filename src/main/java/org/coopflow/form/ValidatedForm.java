package org.coopflow.form;

import java.util.Map;

/**
 * A submission that passed validation.
 *
 * @param processVariables the enumerations, numbers, dates and ids the process reads
 * @param values           every submitted value, normalized (stored in form_submission, text included)
 */
public record ValidatedForm(Map<String, Object> processVariables, Map<String, Object> values) {
}
