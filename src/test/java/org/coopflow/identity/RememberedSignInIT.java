package org.coopflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.coopflow.support.SecurityIntegrationTest;
import org.coopflow.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An API client's every call after its first: the password is remembered ({@link RememberingPasswordEncoder}), so the
 * sign-in costs the database one statement — counted in MariaDB's general log; the endpoint called reads nothing of the
 * caller's, so every logged statement naming the (unique) caller is the sign-in's. And what changes meanwhile on the
 * account (on any node) still counts at the very next call: a lock, a disabled account, a temporary password, a
 * second factor.
 */
class RememberedSignInIT extends SecurityIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void aRememberedHttpBasicSignInIsOneStatement() {
        String user = TestAccounts.create(jdbc, passwords, "one-statement", "KH-MOI",
                TestAccounts.group(jdbc, "PARTNER"));
        // given the password checked (BCrypt) and remembered by a first call
        assertThat(basic(user)).isEqualTo(HttpStatus.OK);

        // when the client calls again
        List<String> statements = statementsNaming(user, () -> assertThat(basic(user)).isEqualTo(HttpStatus.OK));

        // then the sign-in read the account, its groups, its lock and its second factor in one statement
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0)).contains("app_user", "group_membership", "login_throttle", "user_totp");
    }

    @Test
    void aRememberedHttpBasicSignInOfALockedAccountIsRefusedAfterOneStatement() {
        String user = TestAccounts.create(jdbc, passwords, "one-statement-locked", "KH-MOI",
                TestAccounts.group(jdbc, "PARTNER"));
        assertThat(basic(user)).isEqualTo(HttpStatus.OK);
        // locked meanwhile (on another node, say): the remembered password lets nobody past the lock
        jdbc.update("UPDATE login_throttle SET failures = 5, locked_until = ? WHERE throttle_key = ?",
                Timestamp.from(Instant.now().plus(Duration.ofMinutes(10))), LoginThrottle.accountKey(user));

        List<String> statements = statementsNaming(user,
                () -> assertThat(basic(user)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS));

        assertThat(statements).hasSize(1);
    }

    @Test
    void aRememberedPasswordOfAnAccountDisabledMeanwhileIsRefused() {
        String user = rememberedPartner("remembered-disabled");
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", user);

        assertThat(basic(user)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.queryForList("SELECT event FROM login_event WHERE username = ? ORDER BY id", String.class, user))
                .endsWith(LoginAudit.Event.DISABLED_REFUSED.name());
    }

    @Test
    void aRememberedPasswordThatMustNowBeChangedIsRefused() {
        String user = rememberedPartner("remembered-temporary");
        jdbc.update("UPDATE app_user SET must_change_password = TRUE WHERE username = ?", user);

        assertThat(basic(user)).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aRememberedPasswordOfAnAccountThatConfirmedASecondFactorMeanwhileIsRefused() {
        String user = rememberedPartner("remembered-totp");
        jdbc.update("INSERT INTO user_totp (username, secret, confirmed_at, last_step) VALUES (?, 'x', ?, 0)", user,
                Timestamp.from(Instant.now()));

        assertThat(basic(user)).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aRememberedPasswordOfAnAccountWithAPendingEnrolmentIsAccepted() {
        String user = rememberedPartner("remembered-pending");
        jdbc.update("INSERT INTO user_totp (username, secret, last_step) VALUES (?, 'x', 0)", user);

        assertThat(basic(user)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRememberedPasswordOfARoleThatNeedsASecondFactorIsRefused() {
        // LEGAL needs a second factor in this context
        String user = TestAccounts.create(jdbc, passwords, "remembered-legal", "MOLEG", TestAccounts.group(jdbc, "LEGAL"));
        assertThat(basic(user)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(basic(user)).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aLockThatHasRunOutLetsTheRememberedPasswordIn() {
        String user = rememberedPartner("remembered-lock-over");
        jdbc.update("UPDATE login_throttle SET failures = 0, locked_until = ? WHERE throttle_key = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), LoginThrottle.accountKey(user));

        assertThat(basic(user)).isEqualTo(HttpStatus.OK);
    }

    /** A partner whose password a first call checked and remembered. */
    private String rememberedPartner(String prefix) {
        String user = TestAccounts.create(jdbc, passwords, prefix, "KH-MOI", TestAccounts.group(jdbc, "PARTNER"));
        assertThat(basic(user)).isEqualTo(HttpStatus.OK);
        return user;
    }

    /** The statements naming {@code user} that the server ran during {@code call}, from the general log. */
    private List<String> statementsNaming(String user, Runnable call) {
        String output = jdbc.queryForObject("SELECT @@GLOBAL.log_output", String.class);
        jdbc.execute("TRUNCATE TABLE mysql.general_log");
        jdbc.execute("SET GLOBAL log_output = 'TABLE'");
        jdbc.execute("SET GLOBAL general_log = 1");
        try {
            call.run();
        } finally {
            jdbc.execute("SET GLOBAL general_log = 0");
            jdbc.execute("SET GLOBAL log_output = '" + output + "'");
        }
        List<String> statements = jdbc.queryForList("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log "
                + "WHERE command_type IN ('Query', 'Execute') AND CONVERT(argument USING utf8mb4) LIKE ? ORDER BY event_time",
                String.class, "%" + user + "%");
        jdbc.execute("TRUNCATE TABLE mysql.general_log");
        return statements;
    }

    private HttpStatus basic(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, TestAccounts.PASSWORD, StandardCharsets.UTF_8);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return HttpStatus.valueOf(rest.exchange("/api/v1/reference/languages", HttpMethod.GET,
                new HttpEntity<>(headers), String.class).getStatusCode().value());
    }
}
