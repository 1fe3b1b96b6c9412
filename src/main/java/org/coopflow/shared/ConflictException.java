package org.coopflow.shared;

/** Someone else changed the thing meanwhile (task claimed or completed, request closed): 409. */
public class ConflictException extends LocalizedException {

    public ConflictException(String messageCode, Object... args) {
        super(messageCode, args);
    }
}
