package org.coopflow.notification;

/** Someone to notify, with the language they read. */
public record Recipient(String username, String email, String locale) {
}
