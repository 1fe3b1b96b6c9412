package org.coopflow.form;

import java.util.List;

/**
 * A field of a Camunda Form as CoopFlow uses it: the same definition drives the web page, the API's form
 * description and server-side validation.
 *
 * @param requiredWhen "otherKey=VALUE1,VALUE2": required only when another field has one of these values
 * @param valuesKey    options computed at run time (see {@link FormOptionsSource})
 * @param columns      the fields of each row of a list ({@code dynamiclist}: its key is the list's path)
 * @param rowLabel     what one row of a list is called ("Action")
 */
public record FormField(String key, String type, String subtype, String label, String description, boolean required,
                        String requiredWhen, Integer maxLength, List<FormOption> options, String valuesKey,
                        List<FormField> columns, String rowLabel) {

    public static final String LIST = "dynamiclist";

    /**
     * Enumerations, numbers, dates and id lists become process variables; free text and lists of rows travel as
     * transient variables to the step's listener, which keeps them in its stage's tables.
     */
    public boolean isProcessVariable() {
        return switch (type) {
            case "select", "radio", "checkbox", "number", "datetime", "taglist", "checklist" -> true;
            default -> false;
        };
    }

    public boolean isList() {
        return LIST.equals(type);
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
