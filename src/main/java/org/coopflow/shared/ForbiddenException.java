package org.coopflow.shared;

/** The caller may see the thing but not do this to it: 403. */
public class ForbiddenException extends LocalizedException {

    public ForbiddenException(String messageCode, Object... args) {
        super(messageCode, args);
    }
}
