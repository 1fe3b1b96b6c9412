package org.coopflow.tasklist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopflow.form.FormOption;
import org.coopflow.form.FormService.DescribedField;

/**
 * A form field as templates/fragments/form-fields.html renders it: the field, what the user entered (kept
 * when the page comes back with errors) and its error, with the element ids that tie label, hint and
 * error to the input.
 */
record FieldView(DescribedField field, List<String> entered, String error) {

    /** The field types with a fragment of their own; anything else is shown as a text field. */
    private static final Set<String> RENDERED_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "radio",
            "select", "checklist", "taglist", "datetime");

    static List<FieldView> of(List<DescribedField> fields, Map<String, Object> entered, Map<String, String> errors) {
        List<FieldView> views = new ArrayList<>();
        for (DescribedField field : fields) {
            views.add(new FieldView(field, strings(entered.get(field.key())), errors.get(field.key())));
        }
        return views;
    }

    public String key() {
        return field.key();
    }

    public String fragment() {
        return RENDERED_TYPES.contains(field.type()) ? field.type() : "textfield";
    }

    public String id() {
        return "field-" + field.key();
    }

    public String optionId(int index) {
        return id() + "-" + index;
    }

    /** Where the error summary's link takes the reader: the input, or a group's first choice. */
    public String focusId() {
        return hasChoices() ? optionId(0) : id();
    }

    public String hintId() {
        return id() + "-hint";
    }

    public String errorId() {
        return id() + "-error";
    }

    /** The hint and the error, so a screen reader reads both with the input. */
    public String describedBy() {
        List<String> ids = new ArrayList<>();
        if (field.description() != null) {
            ids.add(hintId());
        }
        if (error != null) {
            ids.add(errorId());
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    public String value() {
        return entered.isEmpty() ? "" : entered.get(0);
    }

    public boolean checked(String optionValue) {
        return entered.contains(optionValue);
    }

    /** A checkbox counts as ticked when the browser sent it ("true", or "on" without a value attribute). */
    public boolean ticked() {
        return "true".equalsIgnoreCase(value()) || "on".equalsIgnoreCase(value());
    }

    /** Options that come with reasons (ranked suggestions) are listed in rank order with each reason. */
    public boolean ranked() {
        return field.options().stream().anyMatch(o -> o.reason() != null && !o.reason().isBlank());
    }

    public String reasonId(int index) {
        return optionId(index) + "-reason";
    }

    /** An option's reason and the field's error, read with that option. */
    public String describedBy(FormOption option, int index) {
        List<String> ids = new ArrayList<>();
        if (option.reason() != null && !option.reason().isBlank()) {
            ids.add(reasonId(index));
        }
        if (error != null) {
            ids.add(errorId());
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    private boolean hasChoices() {
        return switch (field.type()) {
            case "radio", "checklist", "taglist" -> !field.options().isEmpty();
            default -> false;
        };
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
