package org.coopflow.request;

/** A partner submitted a request (published in the submission's transaction). */
public record RequestSubmitted(Long requestId) {
}
