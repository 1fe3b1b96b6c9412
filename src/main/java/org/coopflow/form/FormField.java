package org.coopflow.form;

import java.util.List;

/**
 * A field of a Camunda Form as CoopFlow uses it: the same definition drives the web page, the API's form
 * description and server-side validation.
 *
 * @param requiredWhen "otherKey=VALUE1,VALUE2": required only when another field has one of these values
 * @param valuesKey    options computed at run time (see {@link FormOptionsSource})
 */
public record FormField(String key, String type, String subtype, String label, String description, boolean required,
                        String requiredWhen, Integer maxLength, List<FormOption> options, String valuesKey) {

    /** Enumerations, numbers, dates and id lists become process variables; free text stays in our tables. */
    public boolean isProcessVariable() {
        return switch (type) {
            case "select", "radio", "checkbox", "number", "datetime", "taglist", "checklist" -> true;
            default -> false;
        };
    }

    public boolean isMultiValued() {
        return "taglist".equals(type) || "checklist".equals(type);
    }

    public boolean isDate() {
        return "datetime".equals(type);
    }

    public boolean hasOptions() {
        return "select".equals(type) || "radio".equals(type) || isMultiValued();
    }
}
