package org.coopflow.request;

/** A message was added to a request's conversation; the process is not disturbed. */
public record MessagePosted(Long requestId, Long messageId) {
}
