package org.coopflow.support;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts made for one test (a demo account's state — locks, second factor — must not leak into other tests). */
public final class TestAccounts {

    public static final String PASSWORD = "Correct horse battery staple";

    private TestAccounts() {
    }

    /**
     * A group of this role that no process offers anything to (tests:intake, tests:legal, ...): test accounts get their
     * role without joining the demo groups, whose members other tests count as recipients of notifications.
     */
    public static String group(JdbcTemplate jdbc, String role) {
        String id = "tests:" + role.toLowerCase(java.util.Locale.ROOT);
        jdbc.update("INSERT IGNORE INTO app_group (id, role, organisation_code, name) VALUES (?, ?, NULL, ?)", id, role,
                "Test accounts (" + role + ")");
        return id;
    }

    /** A new enabled account of this organisation in these groups, with {@link #PASSWORD}. */
    public static String create(JdbcTemplate jdbc, PasswordEncoder passwords, String prefix, String organisation,
                                String... groups) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO app_user (username, display_name, email, password_hash, organisation_code, locale, "
                        + "time_zone) VALUES (?, ?, ?, ?, ?, 'en', 'Asia/Seoul')", username, "Test " + username,
                username + "@example.org", passwords.encode(PASSWORD), organisation);
        for (String group : groups) {
            jdbc.update("INSERT INTO group_membership (username, group_id) VALUES (?, ?)", username, group);
        }
        return username;
    }
}
