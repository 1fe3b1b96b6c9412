package org.coopflow.account;

import java.time.Instant;

/** A line of the account audit: who changed which account how, with the account before and after (JSON). */
public record AccountChange(long id, String username, String actor, String action, String beforeState,
                            String afterState, String address, Instant createdAt) {
}
