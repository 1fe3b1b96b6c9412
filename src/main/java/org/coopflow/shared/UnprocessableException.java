package org.coopflow.shared;

/** Well-formed, but not something we can do as asked (an Idempotency-Key reused for other content): 422. */
public class UnprocessableException extends LocalizedException {

    public UnprocessableException(String messageCode, Object... args) {
        super(messageCode, args);
    }
}
