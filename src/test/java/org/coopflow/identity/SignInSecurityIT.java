package org.coopflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopflow.support.SecurityIntegrationTest;
import org.coopflow.support.TestAccounts;
import org.coopflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Sign-in on a cluster's terms (state in the database): failed attempts slow down and lock the account, for the form
 * and HTTP Basic alike, however fast and concurrent the guesses; an ADMIN unlocks; unknown names and wrong passwords
 * answer the same; one client address spraying many names is slowed down too; every attempt is audited; and the
 * second factor (TOTP) for the roles that need one: enrolment, codes used once, HTTP Basic refused, reset by ADMIN.
 * Limits of this context: 5 failures lock, 2 are free, waits 0.2–0.4 s, 12 free failures per address.
 */
class SignInSecurityIT extends SecurityIntegrationTest {

    private static final Pattern SECRET = Pattern.compile("secret=([A-Z2-7]+)");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ObjectMapper json;

    @Test
    void aBurstOfWrongPasswordsLocksTheAccountOnEveryDoorUntilAnAdminUnlocksIt() throws Exception {
        String user = TestAccounts.create(jdbc, passwords, "lock", "MOIS", TestAccounts.group(jdbc, "INTAKE"));
        String attacker = "198.51.100." + (1 + (int) (Math.random() * 200));

        // 30 wrong passwords at once: each is refused, and at most 5 are even checked before the account locks
        List<Integer> statuses = concurrently(30, () -> basic(user, "wrong password", attacker).getStatusCode().value());
        assertThat(statuses).allMatch(status -> status == 401 || status == 429);
        assertThat(statuses.stream().filter(status -> status == 401).count()).isBetween(1L, 5L);

        // whoever keeps guessing (slowly enough to pass the waits) ends on the lock
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(150)).until(() -> {
            ResponseEntity<String> answer = basic(user, "still wrong", attacker);
            return answer.getStatusCode().value() == 429 && answer.getBody().contains("\"code\":\"signIn.locked\"");
        });

        // locked: the right password is refused too, with Retry-After, through the API and the form
        ResponseEntity<String> right = basic(user, TestAccounts.PASSWORD, "192.0.2.10");
        assertThat(right.getStatusCode().value()).isEqualTo(429);
        assertThat(right.getHeaders().getFirst("Retry-After")).matches("\\d+");
        assertThat(right.getBody()).contains("signIn.locked").doesNotContain("Exception");
        ResponseEntity<String> form = new WebSession(rest).from("192.0.2.11").signIn(user, TestAccounts.PASSWORD);
        assertThat(form.getHeaders().getLocation().toString()).contains("/login?locked");
        assertThat(events(user)).contains("FAILURE", "LOCKOUT", "REFUSED_LOCKED");
        assertThat(jdbc.queryForObject("SELECT address FROM login_event WHERE username = ? AND event = 'LOCKOUT'",
                String.class, user)).isEqualTo(attacker);

        // an administrator unlocks it (a POST with the CSRF token), and it is audited
        WebSession admin = new WebSession(rest).signedIn("admin", "demo");
        ResponseEntity<String> page = admin.get("/admin/accounts/" + user);
        assertThat(page.getBody()).contains("id=\"locked\"");
        admin.takeCsrf(page);
        assertThat(admin.postForm("/admin/accounts/" + user + "/unlock", new LinkedMultiValueMap<>())
                .getStatusCode().value()).isEqualTo(302);
        assertThat(basic(user, TestAccounts.PASSWORD, "192.0.2.12").getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT actor FROM login_event WHERE username = ? AND event = 'UNLOCK'",
                String.class, user)).isEqualTo("admin");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_change WHERE username = ? AND action = 'UNLOCKED'"
                + " AND actor = 'admin'", Long.class, user)).isEqualTo(1);
    }

    @Test
    void anUnknownNameAndAWrongPasswordAnswerTheSame() {
        String user = TestAccounts.create(jdbc, passwords, "same", "MOIS", TestAccounts.group(jdbc, "INTAKE"));
        String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> known = basic(user, "wrong password", "192.0.2.20");
        ResponseEntity<String> unknown = basic(ghost, "wrong password", "192.0.2.21");
        assertThat(known.getStatusCode()).isEqualTo(unknown.getStatusCode());
        assertThat(known.getBody()).isEqualTo(unknown.getBody());
        assertThat(known.getHeaders().get("WWW-Authenticate")).isEqualTo(unknown.getHeaders().get("WWW-Authenticate"));
        assertThat(new WebSession(rest).from("192.0.2.22").signIn(user, "wrong password").getHeaders().getLocation())
                .isEqualTo(new WebSession(rest).from("192.0.2.23").signIn(ghost, "wrong password").getHeaders()
                        .getLocation());
        // and unknown names are counted like real ones: once they must wait, both answer the same 429
        for (String name : List.of(user, ghost)) {
            for (int i = 0; i < 3; i++) {
                basic(name, "wrong", "192.0.2.24");
            }
            assertThat(jdbc.queryForObject("SELECT failures FROM login_throttle WHERE throttle_key = ?", Integer.class,
                    "account:" + name)).as(name).isGreaterThanOrEqualTo(2);
            mustWait("account:" + name);
        }
        ResponseEntity<String> knownWaits = basic(user, "wrong", "192.0.2.25");
        ResponseEntity<String> unknownWaits = basic(ghost, "wrong", "192.0.2.26");
        assertThat(knownWaits.getStatusCode().value()).isEqualTo(429);
        assertThat(unknownWaits.getStatusCode()).isEqualTo(knownWaits.getStatusCode());
        assertThat(unknownWaits.getBody()).isEqualTo(knownWaits.getBody());
        assertThat(events(ghost)).contains("FAILURE").containsAnyOf("REFUSED_WAIT", "REFUSED_LOCKED");
    }

    @Test
    void oneAddressSprayingManyNamesIsSlowedDown() {
        String sprayer = "203.0.113." + (1 + (int) (Math.random() * 200));
        int checked = 0;
        for (int i = 0; i < 60 && checked < 13; i++) {
            int status = basic("spray-" + UUID.randomUUID(), "Winter2026!", sprayer).getStatusCode().value();
            assertThat(status).isIn(401, 429);
            checked += status == 401 ? 1 : 0;
        }
        // past the address's free failures (12) a wait is imposed on the address, whatever the names
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT failures, next_allowed_at FROM login_throttle WHERE throttle_key = ?", "address:" + sprayer);
        assertThat(((Number) row.get("failures")).intValue()).isGreaterThanOrEqualTo(13);
        assertThat(row.get("next_allowed_at")).isNotNull();
        mustWait("address:" + sprayer);
        ResponseEntity<String> refused = basic("spray-" + UUID.randomUUID(), "Winter2026!", sprayer);
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst("Retry-After")).matches("\\d+");
        // another address is not affected
        String user = TestAccounts.create(jdbc, passwords, "spray", "MOIS", TestAccounts.group(jdbc, "INTAKE"));
        assertThat(basic(user, TestAccounts.PASSWORD, "192.0.2.30").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void signInsAndSignOutsAreAuditedForAdmins() {
        String user = TestAccounts.create(jdbc, passwords, "audit", "MOIS", TestAccounts.group(jdbc, "INTAKE"));
        new WebSession(rest).from("192.0.2.40").signIn(user, "not it");
        WebSession session = new WebSession(rest).from("192.0.2.41").signedIn(user, TestAccounts.PASSWORD);
        assertThat(session.postForm("/logout", new LinkedMultiValueMap<>()).getStatusCode().value()).isEqualTo(302);
        assertThat(events(user)).containsSubsequence("FAILURE", "SUCCESS", "LOGOUT");

        WebSession admin = new WebSession(rest).signedIn("admin", "demo");
        ResponseEntity<String> log = admin.get("/admin/sign-ins?user=" + user);
        assertThat(log.getStatusCode().value()).isEqualTo(200);
        assertThat(log.getBody()).contains("192.0.2.40", "192.0.2.41", user);
        for (String other : List.of("manager", "intake", "partner-kh")) {
            assertThat(new WebSession(rest).signedIn(other, "demo").get("/admin/sign-ins").getStatusCode().value())
                    .as(other).isEqualTo(403);
        }
    }

    @Test
    void rolesThatNeedASecondFactorEnrolOnceThenUseEachCodeOnce() throws Exception {
        String user = TestAccounts.create(jdbc, passwords, "mfa", "MOLEG", TestAccounts.group(jdbc, "LEGAL"));
        WebSession browser = new WebSession(rest).from("192.0.2.50");
        ResponseEntity<String> signedIn = browser.signIn(user, TestAccounts.PASSWORD);
        assertThat(signedIn.getHeaders().getLocation().getPath()).isEqualTo("/login/second-factor");
        // the password alone opens nothing
        assertThat(browser.get("/tasks").getStatusCode().value()).isEqualTo(403);
        assertThat(browser.camunda(HttpMethod.GET, "/api/v1/tasks", null).getStatusCode().value()).isEqualTo(401);
        ResponseEntity<String> basic = basic(user, TestAccounts.PASSWORD, "192.0.2.51");
        assertThat(basic.getStatusCode().value()).isEqualTo(401);
        assertThat(basic.getBody()).contains("signIn.basicSecondFactor");

        // enrolment: the otpauth URI (and its QR code), confirmed with a first code
        ResponseEntity<String> enrol = browser.get("/login/second-factor");
        assertThat(enrol.getBody()).contains("otpauth://totp/");
        browser.takeCsrf(enrol);
        ResponseEntity<String> qr = browser.get("/login/second-factor/qr.svg");
        assertThat(qr.getHeaders().getContentType().toString()).startsWith("image/svg+xml");
        Matcher secret = SECRET.matcher(URLDecoder.decode(enrol.getBody(), StandardCharsets.UTF_8));
        assertThat(secret.find()).isTrue();
        long step = Totp.step(Instant.now().getEpochSecond());
        String code = Totp.code(secret.group(1), step);
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        ResponseEntity<String> refused = browser.postForm("/login/second-factor", form("code", wrong));
        assertThat(refused.getStatusCode().value()).isEqualTo(200);
        assertThat(refused.getBody()).contains("id=\"wrong-code\"");
        browser.takeCsrf(refused);
        ResponseEntity<String> accepted = browser.postForm("/login/second-factor", form("code", code));
        assertThat(accepted.getStatusCode().value()).isEqualTo(302);
        assertThat(accepted.getHeaders().getLocation().getPath()).isEqualTo("/");
        assertThat(browser.get("/tasks").getStatusCode().value()).isEqualTo(200);
        assertThat(events(user)).contains("MFA_FAILURE", "MFA_ENROLLED", "SUCCESS");
        assertThat(jdbc.queryForObject("SELECT secret FROM user_totp WHERE username = ?", String.class, user))
                .as("stored encrypted").doesNotContain(secret.group(1));

        // the next sign-in asks for a code; the one used already is refused, a fresh one accepted
        WebSession again = new WebSession(rest).from("192.0.2.52");
        again.signIn(user, TestAccounts.PASSWORD);
        ResponseEntity<String> ask = again.get("/login/second-factor");
        assertThat(ask.getBody()).doesNotContain("otpauth://");
        again.takeCsrf(ask);
        ResponseEntity<String> replay = again.postForm("/login/second-factor", form("code", code));
        assertThat(replay.getBody()).contains("id=\"wrong-code\"");
        again.takeCsrf(replay);
        ResponseEntity<String> fresh = again.postForm("/login/second-factor",
                form("code", Totp.code(secret.group(1), step + 1)));
        assertThat(fresh.getStatusCode().value()).isEqualTo(302);
        assertThat(again.get("/tasks").getStatusCode().value()).isEqualTo(200);

        // a lost phone: an administrator resets the second factor; the next sign-in enrols again
        WebSession admin = new WebSession(rest).signedIn("admin", "demo");
        admin.takeCsrf(admin.get("/admin/accounts/" + user));
        assertThat(admin.postForm("/admin/accounts/" + user + "/reset-second-factor", new LinkedMultiValueMap<>())
                .getStatusCode().value()).isEqualTo(302);
        assertThat(again.get("/tasks").getStatusCode().value()).as("sessions ended").isNotEqualTo(200);
        WebSession third = new WebSession(rest).from("192.0.2.53");
        third.signIn(user, TestAccounts.PASSWORD);
        assertThat(third.get("/login/second-factor").getBody()).contains("otpauth://totp/");
        assertThat(events(user)).contains("MFA_RESET");
    }

    // --- helpers

    /** As right after a third failure: the key must wait a minute and a half (the waits of this context are too short to race). */
    private void mustWait(String key) {
        jdbc.update("UPDATE login_throttle SET failures = 3, locked_until = NULL, next_allowed_at = ? WHERE throttle_key = ?",
                java.sql.Timestamp.from(Instant.now().plusSeconds(90)), key);
    }

    private List<String> events(String user) {
        return jdbc.queryForList("SELECT event FROM login_event WHERE username = ? ORDER BY id", String.class, user);
    }

    private ResponseEntity<String> basic(String user, String password, String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
        headers.set("X-Forwarded-For", address);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        return rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .exchange("/api/v1/tasks", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static LinkedMultiValueMap<String, String> form(String name, String value) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add(name, value);
        return form;
    }

    private static List<Integer> concurrently(int count, java.util.concurrent.Callable<Integer> call) {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                answers.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
