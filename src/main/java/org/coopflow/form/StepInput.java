package org.coopflow.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.coopflow.shared.InvalidInputException;

/**
 * What a person entered at a step, as the step's listener reads it from the task's variables — however the task was
 * completed: through CoopFlow (texts as transient variables, decisions as process variables) or through the engine's
 * own API. Values of the wrong shape are the caller's error, reported like a form error on that field.
 */
public final class StepInput {

    private final Function<String, Object> values;

    private StepInput(Function<String, Object> values) {
        this.values = values;
    }

    public static StepInput of(VariableScope scope) {
        return new StepInput(scope::getVariable);
    }

    /** One row of a list field, read the same way. */
    public static StepInput of(Map<String, Object> row) {
        return new StepInput(row::get);
    }

    /** Trimmed text, or null when absent or blank. */
    public String text(String name) {
        Object value = values.apply(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    public String requiredText(String name) {
        String text = text(name);
        if (text == null) {
            throw new InvalidInputException(name, "form.required");
        }
        return text;
    }

    /** A choice that must be one of {@code allowed}; null when absent. */
    public String choice(String name, Collection<String> allowed) {
        String value = text(name);
        if (value != null && !allowed.contains(value)) {
            throw new InvalidInputException(name, "form.invalidOption");
        }
        return value;
    }

    public String requiredChoice(String name, Collection<String> allowed) {
        String value = choice(name, allowed);
        if (value == null) {
            throw new InvalidInputException(name, "form.required");
        }
        return value;
    }

    /** Codes of a multi-choice field: a list, or the comma-joined string the process keeps. */
    public List<String> codes(String name) {
        Object value = values.apply(name);
        if (value == null) {
            return List.of();
        }
        Collection<?> many = value instanceof Collection<?> c ? c : Arrays.asList(value.toString().split(","));
        return many.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Codes of a multi-choice field as {@link #codes}, but null when the field was not answered at all. */
    public List<String> codesIfAnswered(String name) {
        return values.apply(name) == null ? null : codes(name);
    }

    /** A date (ISO, or the date part of an ISO date-time); null when absent. */
    public LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "form.invalidDate");
        }
    }

    public LocalDate requiredDate(String name) {
        LocalDate date = date(name);
        if (date == null) {
            throw new InvalidInputException(name, "form.required");
        }
        return date;
    }

    public Integer number(String name) {
        String value = text(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "form.invalidNumber");
        }
    }

    /** YES/true/on as true, NO/false as false, null when absent. */
    public Boolean yesNo(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return switch (value.toUpperCase(java.util.Locale.ROOT)) {
            case "YES", "TRUE", "ON" -> Boolean.TRUE;
            case "NO", "FALSE" -> Boolean.FALSE;
            default -> throw new InvalidInputException(name, "form.invalidBoolean");
        };
    }

    /** The rows of a list field (a dynamic list of the form): each row its own field values. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> rows(String name) {
        Object value = values.apply(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Collection<?> rows) || !rows.stream().allMatch(r -> r instanceof Map<?, ?>)) {
            throw new InvalidInputException(name, "form.invalidList");
        }
        return rows.stream().map(r -> (Map<String, Object>) r).toList();
    }
}
