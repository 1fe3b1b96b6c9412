package org.coopflow.shared;

/** A business error whose user-facing text comes from the message bundles. */
public abstract class LocalizedException extends RuntimeException {

    private final String messageCode;
    private final transient Object[] args;

    protected LocalizedException(String messageCode, Object... args) {
        super(messageCode, null, false, false);
        this.messageCode = messageCode;
        this.args = args;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] args() {
        return args;
    }
}
