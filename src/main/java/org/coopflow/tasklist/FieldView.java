package org.coopflow.tasklist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopflow.form.FormOption;
import org.coopflow.form.FormService;
import org.coopflow.form.FormService.DescribedField;

/**
 * A form field as templates/fragments/form-fields.html renders it: the field, what the user entered (kept
 * when the page comes back with errors) and its error, with the element ids that tie label, hint and
 * error to the input.
 */
record FieldView(DescribedField field, List<String> entered, String error, List<List<FieldView>> rows) {

    /** The field types with a fragment of their own; anything else is shown as a text field. */
    private static final Set<String> RENDERED_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "radio",
            "select", "checklist", "taglist", "datetime", "dynamiclist");

    static List<FieldView> of(List<DescribedField> fields, Map<String, Object> entered, Map<String, String> errors) {
        return of(fields, entered, errors, Map.of());
    }

    /**
     * The views of a form's fields. A list shows the rows entered and then {@code extraRows} blank ones for it (one
     * when nothing was entered yet), so there is always a row to type into without a script.
     */
    static List<FieldView> of(List<DescribedField> fields, Map<String, Object> entered, Map<String, String> errors,
                              Map<String, Integer> extraRows) {
        List<FieldView> views = new ArrayList<>();
        for (DescribedField field : fields) {
            if (field.isList()) {
                views.add(list(field, entered.get(field.key()), errors, extraRows.getOrDefault(field.key(), 0)));
            } else {
                views.add(new FieldView(field, strings(entered.get(field.key())), errors.get(field.key()), List.of()));
            }
        }
        return views;
    }

    private static FieldView list(DescribedField list, Object entered, Map<String, String> errors, int extraRows) {
        List<?> rowsEntered = entered instanceof List<?> l ? l : List.of();
        int count = Math.max(1, rowsEntered.size() + extraRows);
        List<List<FieldView>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<?, ?> row = i < rowsEntered.size() && rowsEntered.get(i) instanceof Map<?, ?> m ? m : Map.of();
            List<FieldView> cells = new ArrayList<>();
            for (DescribedField column : list.columns()) {
                String key = FormService.cellKey(list.key(), i, column.key());
                // "Action 2 · Type": the cell says which row it is in, also in the error summary
                String label = list.rowLabel() + " " + (i + 1) + " · " + column.label();
                cells.add(new FieldView(column.as(key, label), strings(row.get(column.key())),
                        errors.get(key), List.of()));
            }
            rows.add(cells);
        }
        return new FieldView(list, List.of(), errors.get(list.key()), rows);
    }

    /** All views with an error, a list's cells included, in the order of the form. */
    static List<FieldView> withErrors(List<FieldView> views) {
        List<FieldView> found = new ArrayList<>();
        for (FieldView view : views) {
            if (view.error() != null) {
                found.add(view);
            }
            view.rows().forEach(cells -> found.addAll(withErrors(cells)));
        }
        return found;
    }

    public String key() {
        return field.key();
    }

    public String fragment() {
        return RENDERED_TYPES.contains(field.type()) ? field.type() : "textfield";
    }

    /** The input's id: the key with a list's brackets and dots as dashes ({@code field-followUpActions-0-actionType}). */
    public String id() {
        return "field-" + field.key().replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    public String optionId(int index) {
        return id() + "-" + index;
    }

    /** Where the error summary's link takes the reader: the input, a group's first choice, a list's first cell. */
    public String focusId() {
        if (field.isList()) {
            return rows.isEmpty() || rows.get(0).isEmpty() ? id() : rows.get(0).get(0).focusId();
        }
        return hasChoices() ? optionId(0) : id();
    }

    /** How one row of a list is announced: "Action 2". */
    public String rowId(int index) {
        return id() + "-row-" + index;
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
        if (field.isList()) {
            return false;
        }
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
