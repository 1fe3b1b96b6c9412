package org.coopflow.identity;

import java.time.Instant;

/** A line of the sign-in audit. */
public record LoginEvent(long id, String username, String event, String address, String actor, Instant createdAt) {
}
