package org.coopflow.shared;

import java.util.Map;

/** Bad input: field key → message code. Nothing was changed. */
public class InvalidInputException extends LocalizedException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("error.validation");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public InvalidInputException(String field, String messageCode) {
        this(Map.of(field, messageCode));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The field errors too, for logs and for the engine's wrapping of a listener's refusal. */
    @Override
    public String getMessage() {
        return messageCode() + " " + fieldErrors;
    }
}
