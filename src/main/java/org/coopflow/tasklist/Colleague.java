package org.coopflow.tasklist;

/** Someone of my agency a task of mine may be handed to. */
public record Colleague(String username, String displayName) {
}
