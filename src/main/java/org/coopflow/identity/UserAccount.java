package org.coopflow.identity;

/** A row of app_user. */
public record UserAccount(String username, String displayName, String email, String passwordHash,
                          String organisationCode, String locale, String timeZone, boolean enabled,
                          boolean mustChangePassword) {
}
