package org.coopflow.form;

/** One allowed value of a field, with its label (and, for suggestions, why it ranks where it does). */
public record FormOption(String value, String label, String reason) {

    public FormOption(String value, String label) {
        this(value, label, null);
    }
}
