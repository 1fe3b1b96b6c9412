package org.coopflow.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopflow.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * One form definition, three uses: describes a form (labels and options in the caller's language) for the
 * API and the pages, and validates a submission on the server — the only validation that counts.
 */
@Service("coopflowFormService") // the engine already registers a bean named formService
public class FormService {

    private static final int DEFAULT_TEXTFIELD_MAX = 500;
    private static final int DEFAULT_TEXTAREA_MAX = 20_000;

    /**
     * A field ready to show: labels localized, run-time options resolved.
     *
     * @param maxLength the longest text accepted (text fields only), so a page can stop the typing there
     */
    public record DescribedField(String key, String type, String subtype, String label, String description,
                                 boolean required, String requiredWhen, Integer maxLength, List<FormOption> options,
                                 List<DescribedField> columns, String rowLabel) {

        public boolean isList() {
            return FormField.LIST.equals(type);
        }

        /** A copy under another key (a cell of a list's row: {@code followUpActions[0].actionType}). */
        public DescribedField as(String newKey, String newLabel) {
            return new DescribedField(newKey, type, subtype, newLabel, description, required, requiredWhen, maxLength,
                    options, columns, rowLabel);
        }
    }

    private final FormDefinitions definitions;
    private final Map<String, FormOptionsSource> sources;
    private final MessageSource messages;

    FormService(FormDefinitions definitions, List<FormOptionsSource> sources, MessageSource messages) {
        this.definitions = definitions;
        this.sources = sources.stream().collect(Collectors.toMap(FormOptionsSource::valuesKey, Function.identity()));
        this.messages = messages;
    }

    public FormDefinition definition(String formId) {
        return definitions.find(formId)
                .orElseThrow(() -> new IllegalStateException("No form " + formId + " under bpmn/forms"));
    }

    public List<DescribedField> describe(String formId, FormContext context) {
        FormDefinition form = definition(formId);
        return describe(form, form.fields(), context);
    }

    /** Labels are {@code form.<formId>.<key>} (a list's columns too: keys are unique within a form). */
    private List<DescribedField> describe(FormDefinition form, List<FormField> fields, FormContext context) {
        List<DescribedField> described = new ArrayList<>();
        for (FormField field : fields) {
            String base = "form." + form.id() + "." + field.key();
            described.add(new DescribedField(field.key(), field.type(), field.subtype(),
                    text(base, field.label(), context),
                    field.description() == null ? null : text(base + ".description", field.description(), context),
                    field.required(), field.requiredWhen(), maxLengthOf(field), options(form, field, context),
                    describe(form, field.columns(), context),
                    field.isList() ? text(base + ".row", field.rowLabel() != null ? field.rowLabel() : field.label(),
                            context) : null));
        }
        return described;
    }

    /** Validates a submission; throws {@link InvalidInputException} with every field error, changing nothing. */
    public ValidatedForm validate(String formId, FormContext context, Map<String, Object> submitted) {
        FormDefinition form = definition(formId);
        Map<String, Object> input = submitted == null ? Map.of() : submitted;
        Map<String, String> errors = new LinkedHashMap<>();
        for (String key : input.keySet()) {
            if (form.field(key).isEmpty()) {
                errors.put(key, "form.unknownField");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if (field.isList()) {
                List<Map<String, Object>> rows = rows(form, field, input.get(field.key()), context, errors);
                if (!rows.isEmpty()) {
                    values.put(field.key(), rows);
                }
                continue;
            }
            try {
                Object value = normalize(form, field, input.get(field.key()), context);
                if (value != null) {
                    values.put(field.key(), value);
                }
            } catch (FieldError e) {
                errors.put(field.key(), e.getMessage());
            }
        }
        for (FormField field : form.fields()) {
            if (!field.isList() && !errors.containsKey(field.key()) && !values.containsKey(field.key())
                    && isRequired(field, values)) {
                errors.put(field.key(), "form.required");
            }
        }
        for (FormField field : form.fields()) {
            // several choices sent with none ticked: an explicit "none", which a step may tell from "not answered"
            if (field.isMultiValued() && input.containsKey(field.key()) && !values.containsKey(field.key())
                    && !errors.containsKey(field.key())) {
                values.put(field.key(), List.of());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            Object value = values.get(field.key());
            if (value != null && field.isProcessVariable()) {
                variables.put(field.key(), value instanceof List<?> list ? String.join(",", stringsOf(list)) : value);
            }
        }
        return new ValidatedForm(variables, values);
    }

    /**
     * The rows of a list field, each validated like a form of its own; rows left entirely blank are dropped. Errors
     * are keyed by cell ({@code followUpActions[1].actionDue}), the list's own by its key.
     */
    private List<Map<String, Object>> rows(FormDefinition form, FormField list, Object raw, FormContext context,
                                           Map<String, String> errors) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (raw != null && !(raw instanceof List<?>)) {
            errors.put(list.key(), "form.invalidList");
            return rows;
        }
        List<?> submitted = raw == null ? List.of() : (List<?>) raw;
        for (int i = 0; i < submitted.size(); i++) {
            if (!(submitted.get(i) instanceof Map<?, ?> row)) {
                errors.put(list.key(), "form.invalidList");
                return rows;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, String> rowErrors = new LinkedHashMap<>();
            for (Object column : row.keySet()) {
                if (list.columns().stream().noneMatch(c -> c.key().equals(column))) {
                    rowErrors.put(String.valueOf(column), "form.unknownField");
                }
            }
            for (FormField column : list.columns()) {
                try {
                    Object value = normalize(form, column, row.get(column.key()), context);
                    if (value != null) {
                        values.put(column.key(), value);
                    }
                } catch (FieldError e) {
                    rowErrors.put(column.key(), e.getMessage());
                }
            }
            if (values.isEmpty() && rowErrors.isEmpty()) {
                continue; // a blank row: the page offers one more than needed
            }
            for (FormField column : list.columns()) {
                if (!rowErrors.containsKey(column.key()) && !values.containsKey(column.key())
                        && isRequired(column, values)) {
                    rowErrors.put(column.key(), "form.required");
                }
            }
            int index = i;
            rowErrors.forEach((column, code) -> errors.put(cellKey(list.key(), index, column), code));
            rows.add(values);
        }
        if (rows.isEmpty() && list.required() && !errors.containsKey(list.key())) {
            errors.put(list.key(), "form.required");
        }
        return rows;
    }

    /** The key of one cell of a list: {@code followUpActions[0].actionType}, as pages name their inputs. */
    public static String cellKey(String listKey, int row, String column) {
        return listKey + "[" + row + "]." + column;
    }

    private static boolean isRequired(FormField field, Map<String, Object> values) {
        if (field.required()) {
            return true;
        }
        if (field.requiredWhen() == null || !field.requiredWhen().contains("=")) {
            return false;
        }
        String[] condition = field.requiredWhen().split("=", 2);
        Object other = values.get(condition[0].trim());
        return other != null && Set.of(condition[1].split(",")).contains(String.valueOf(other));
    }

    private Object normalize(FormDefinition form, FormField field, Object raw, FormContext context) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return null;
        }
        return switch (field.type()) {
            case "textfield", "textarea" -> text(field, raw);
            case "number" -> number(raw);
            case "checkbox" -> bool(raw);
            case "datetime" -> date(raw);
            case "select", "radio" -> oneOf(form, field, raw, context);
            case "taglist", "checklist" -> manyOf(form, field, raw, context);
            default -> text(field, raw);
        };
    }

    private static String text(FormField field, Object raw) {
        if (!(raw instanceof String s)) {
            throw new FieldError("form.invalidText");
        }
        String value = s.strip();
        Integer max = maxLengthOf(field);
        if (value.length() > (max != null ? max : DEFAULT_TEXTFIELD_MAX)) {
            throw new FieldError("form.tooLong");
        }
        return value.isEmpty() ? null : value;
    }

    /** The longest text a text field accepts: its own limit, else a default; null for other fields. */
    private static Integer maxLengthOf(FormField field) {
        return switch (field.type()) {
            case "textarea" -> field.maxLength() != null ? field.maxLength() : DEFAULT_TEXTAREA_MAX;
            case "textfield" -> field.maxLength() != null ? field.maxLength() : DEFAULT_TEXTFIELD_MAX;
            default -> field.maxLength();
        };
    }

    private static Long number(Object raw) {
        try {
            return raw instanceof Number n ? n.longValue() : Long.parseLong(raw.toString().strip());
        } catch (NumberFormatException e) {
            throw new FieldError("form.invalidNumber");
        }
    }

    private static Boolean bool(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        String s = raw.toString().strip();
        if ("true".equalsIgnoreCase(s) || "on".equalsIgnoreCase(s)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(s)) {
            return Boolean.FALSE;
        }
        throw new FieldError("form.invalidBoolean");
    }

    private static String date(Object raw) {
        String s = raw.toString().strip();
        try {
            // A date, or the date part of an ISO date-time as browsers' date inputs and form-js send it
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s).toString();
        } catch (DateTimeParseException e) {
            throw new FieldError("form.invalidDate");
        }
    }

    private String oneOf(FormDefinition form, FormField field, Object raw, FormContext context) {
        String value = raw.toString().strip();
        if (!allowed(form, field, context).contains(value)) {
            throw new FieldError("form.invalidOption");
        }
        return value;
    }

    private List<String> manyOf(FormDefinition form, FormField field, Object raw, FormContext context) {
        List<String> chosen = raw instanceof Collection<?> c ? stringsOf(c)
                : List.of(raw.toString().split(","));
        List<String> values = chosen.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        Set<String> allowed = allowed(form, field, context);
        if (!allowed.containsAll(values)) {
            throw new FieldError("form.invalidOption");
        }
        return values.isEmpty() ? null : values;
    }

    private Set<String> allowed(FormDefinition form, FormField field, FormContext context) {
        return options(form, field, context).stream().map(FormOption::value).collect(Collectors.toSet());
    }

    private List<FormOption> options(FormDefinition form, FormField field, FormContext context) {
        if (field.isList()) {
            return List.of();
        }
        if (field.valuesKey() != null) {
            FormOptionsSource source = sources.get(field.valuesKey());
            if (source == null) {
                throw new IllegalStateException("No options source for valuesKey " + field.valuesKey());
            }
            return source.options(context);
        }
        return field.options().stream()
                .map(o -> new FormOption(o.value(),
                        text("form." + form.id() + "." + field.key() + "." + o.value(), o.label(), context)))
                .toList();
    }

    private static List<String> stringsOf(Collection<?> values) {
        return values.stream().map(String::valueOf).toList();
    }

    private String text(String key, String fallback, FormContext context) {
        return messages.getMessage(key, null, fallback, context.locale());
    }

    /** A field's error code, collected into the 400 answer. */
    private static final class FieldError extends RuntimeException {
        FieldError(String code) {
            super(code, null, false, false);
        }
    }
}
