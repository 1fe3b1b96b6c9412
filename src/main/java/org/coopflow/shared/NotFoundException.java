package org.coopflow.shared;

/** The thing does not exist or the caller may not see it: both answer 404, so existence is not revealed. */
public class NotFoundException extends LocalizedException {

    public NotFoundException(String messageCode, Object... args) {
        super(messageCode, args);
    }
}
