package org.coopflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopflow.identity.LoginAudit;
import org.coopflow.support.MariaDbIntegrationTest;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Account administration (issue 14) on the real server: only ADMIN opens the pages; an account created there gets a
 * temporary password the user must change at the first sign-in (by the password policy); roles and groups keep
 * partners apart and administrators out of business; disabling ends sessions; the last administrator stays; every change
 * is audited with before and after; and a fresh installation gets its first administrator from the bootstrap variable.
 */
class AccountAdministrationIT extends MariaDbIntegrationTest {

    private static final Pattern TEMPORARY = Pattern.compile("id=\"temporary-password-value\">([^<]+)<");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void anAccountCreatedByAnAdminMustChangeItsTemporaryPasswordAtFirstSignIn() {
        WebSession admin = new WebSession(rest).signedIn("admin", "demo");
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        admin.takeCsrf(admin.get("/admin/accounts/new"));
        String group = TestAccounts.group(jdbc, "INTAKE");
        ResponseEntity<String> created = admin.postForm("/admin/accounts/new", account(username, "MOIS", group));
        assertThat(created.getStatusCode().value()).as("%s", created).isEqualTo(302);
        ResponseEntity<String> page = admin.get(created.getHeaders().getLocation().getPath());
        Matcher shown = TEMPORARY.matcher(page.getBody());
        assertThat(shown.find()).as(page.getBody()).isTrue();
        String temporary = shown.group(1);
        assertThat(admin.get("/admin/accounts/" + username).getBody()).as("shown once").doesNotContain(temporary);
        assertThat(jdbc.queryForObject("SELECT must_change_password FROM app_user WHERE username = ?", Boolean.class,
                username)).isTrue();

        // first sign-in: every page leads to the change of password; the API refuses the temporary password
        WebSession user = new WebSession(rest).signedIn(username, temporary);
        ResponseEntity<String> tasks = user.get("/tasks");
        assertThat(tasks.getStatusCode().value()).isEqualTo(302);
        assertThat(tasks.getHeaders().getLocation().getPath()).isEqualTo("/account/password");
        ResponseEntity<String> api = basic(username, temporary, "/api/v1/tasks");
        assertThat(api.getStatusCode().value()).isEqualTo(401);
        assertThat(api.getBody()).contains("signIn.basicMustChangePassword");

        // the policy: too short, common, containing the user name, not repeated the same — each refused, nothing changed
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, username);
        user.takeCsrf(user.get("/account/password"));
        for (String[] attempt : List.of(new String[]{"short", "short"}, new String[]{"password12345", "password12345"},
                new String[]{username + " is me!", username + " is me!"},
                new String[]{"Lanterns over the Han river", "Lanterns over the Han rivers"})) {
            ResponseEntity<String> refused = user.postForm("/account/password", Map.of("currentPassword", temporary,
                    "newPassword", attempt[0], "repeatPassword", attempt[1]));
            assertThat(refused.getStatusCode().value()).as(attempt[0]).isEqualTo(400);
            assertThat(refused.getBody()).contains("field-error");
            user.takeCsrf(refused);
        }
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, username))
                .isEqualTo(hash);
        ResponseEntity<String> changed = user.postForm("/account/password", Map.of("currentPassword", temporary,
                "newPassword", "Lanterns over the Han river", "repeatPassword", "Lanterns over the Han river"));
        assertThat(changed.getStatusCode().value()).isEqualTo(302);
        assertThat(user.get("/tasks").getStatusCode().value()).isEqualTo(200);
        assertThat(basic(username, "Lanterns over the Han river", "/api/v1/tasks").getStatusCode().value()).isEqualTo(200);
        assertThat(basic(username, temporary, "/api/v1/tasks").getStatusCode().value()).isEqualTo(401);
        assertThat(jdbc.queryForList("SELECT event FROM login_event WHERE username = ?", String.class, username))
                .contains("SUCCESS", "PASSWORD_CHANGE");

        // the audit: who created it, and the account after (never a password or its hash)
        Map<String, Object> audit = jdbc.queryForMap(
                "SELECT actor, before_state, after_state FROM account_change WHERE username = ? AND action = 'CREATED'",
                username);
        assertThat(audit.get("actor")).isEqualTo("admin");
        assertThat(audit.get("before_state")).isNull();
        assertThat((String) audit.get("after_state")).contains("\"" + group + "\"", "\"MOIS\"").doesNotContain("$2a$", temporary);
        assertThat(admin.get("/admin/account-changes").getBody()).contains(username);
    }

    @Test
    void onlyAdminsOpenTheAccountPagesAndEveryActionNeedsItsCsrfToken() {
        for (String other : List.of("manager", "intake", "partner-kh", "coord-mois")) {
            WebSession session = new WebSession(rest).signedIn(other, "demo");
            assertThat(session.get("/admin/accounts").getStatusCode().value()).as(other).isEqualTo(403);
            assertThat(session.get("/admin/accounts/intake").getStatusCode().value()).as(other).isEqualTo(403);
            session.refreshCsrf();
            assertThat(session.postForm("/admin/accounts/intake/reset-password", new LinkedMultiValueMap<>())
                    .getStatusCode().value()).as(other).isEqualTo(403);
        }
        ResponseEntity<String> anonymous = new WebSession(rest).get("/admin/accounts");
        assertThat(anonymous.getHeaders().getLocation().getPath()).isEqualTo("/login");

        WebSession admin = new WebSession(rest).signedIn("admin", "demo");
        assertThat(admin.get("/admin/accounts?q=intake").getBody()).contains("intake-2", "Lee Ji-won");
        // no CSRF token: refused, nothing changed
        String user = TestAccounts.create(jdbc, passwords, "csrf", "MOIS", TestAccounts.group(jdbc, "INTAKE"));
        ResponseEntity<String> forged = admin.exchange(HttpMethod.POST, "/admin/accounts/" + user + "/disable",
                new LinkedMultiValueMap<String, String>(), MediaType.TEXT_HTML);
        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = ?", Boolean.class, user)).isTrue();
        assertThat(admin.get("/admin/accounts/no-such-account").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void groupsKeepPartnersApartAndAdministratorsOutOfBusiness() {
        WebSession admin = new WebSession(rest).signedIn("admin", "demo");
        admin.takeCsrf(admin.get("/admin/accounts/new"));
        Map<String, String[]> refused = Map.of(
                "account.error.groupOfOtherOrganisation", new String[]{"GT-MINGOB", "partner:KH-MOI"},
                "account.error.adminAlone", new String[]{"MOIS", "admin", "intake"},
                "account.error.unknownGroup", new String[]{"MOIS", "camunda-admin"},
                "account.error.noGroup", new String[]{"MOIS"});
        refused.forEach((reason, organisationAndGroups) -> {
            String username = "bad-" + UUID.randomUUID().toString().substring(0, 8);
            String[] groups = java.util.Arrays.copyOfRange(organisationAndGroups, 1, organisationAndGroups.length);
            ResponseEntity<String> answer = admin.postForm("/admin/accounts/new",
                    account(username, organisationAndGroups[0], groups));
            assertThat(answer.getStatusCode().value()).as(reason).isEqualTo(400);
            assertThat(answer.getBody()).as(reason).contains("id=\"groups-error\"");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Long.class, username))
                    .as(reason).isZero();
            admin.takeCsrf(answer);
        });
        // a partner account moved to another ministry cannot keep its old partner group
        // (Viet Nam's and Costa Rica's ministries: partners no other test counts on)
        String partner = TestAccounts.create(jdbc, passwords, "partner", "VN-MOHA", "partner:VN-MOHA");
        admin.takeCsrf(admin.get("/admin/accounts/" + partner));
        ResponseEntity<String> moved = admin.postForm("/admin/accounts/" + partner,
                fields("CR-MICITT", "partner:VN-MOHA"));
        assertThat(moved.getStatusCode().value()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT organisation_code FROM app_user WHERE username = ?", String.class, partner))
                .isEqualTo("VN-MOHA");
    }

    @Test
    void aDisabledAccountIsSignedOutEverywhereAndTheLastAdministratorStays() {
        String user = TestAccounts.create(jdbc, passwords, "disable", "MOIS", TestAccounts.group(jdbc, "INTAKE"));
        WebSession signedIn = new WebSession(rest).signedIn(user, TestAccounts.PASSWORD);
        assertThat(signedIn.get("/tasks").getStatusCode().value()).isEqualTo(200);

        WebSession admin = new WebSession(rest).signedIn("admin", "demo");
        admin.takeCsrf(admin.get("/admin/accounts/" + user));
        assertThat(admin.postForm("/admin/accounts/" + user + "/disable", new LinkedMultiValueMap<>())
                .getStatusCode().value()).isEqualTo(302);
        assertThat(signedIn.get("/tasks").getStatusCode().value()).isEqualTo(302);
        assertThat(new WebSession(rest).signIn(user, TestAccounts.PASSWORD).getHeaders().getLocation().toString())
                .contains("/login?disabled");
        ResponseEntity<String> api = basic(user, TestAccounts.PASSWORD, "/api/v1/tasks");
        assertThat(api.getStatusCode().value()).isEqualTo(401);
        assertThat(api.getBody()).contains("signIn.disabled");
        assertThat(jdbc.queryForObject("SELECT after_state FROM account_change WHERE username = ? AND action = 'DISABLED'",
                String.class, user)).contains("\"enabled\":false");

        admin.takeCsrf(admin.get("/admin/accounts/" + user));
        admin.postForm("/admin/accounts/" + user + "/enable", new LinkedMultiValueMap<>());
        assertThat(basic(user, TestAccounts.PASSWORD, "/api/v1/tasks").getStatusCode().value()).isEqualTo(200);

        // an administrator cannot disable themselves, nor take the last admin group away
        admin.takeCsrf(admin.get("/admin/accounts/admin"));
        admin.postForm("/admin/accounts/admin/disable", new LinkedMultiValueMap<>());
        assertThat(jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = 'admin'", Boolean.class)).isTrue();
        admin.takeCsrf(admin.get("/admin/accounts/admin"));
        admin.postForm("/admin/accounts/admin", fields("MOIS", "manager"));
        assertThat(jdbc.queryForList("SELECT group_id FROM group_membership WHERE username = 'admin'", String.class))
                .containsExactly("admin");
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndMustBeChanged() {
        String user = TestAccounts.create(jdbc, passwords, "reset", "MOIS", TestAccounts.group(jdbc, "INTAKE"));
        WebSession admin = new WebSession(rest).signedIn("admin", "demo");
        admin.takeCsrf(admin.get("/admin/accounts/" + user));
        ResponseEntity<String> reset = admin.postForm("/admin/accounts/" + user + "/reset-password",
                new LinkedMultiValueMap<>());
        Matcher shown = TEMPORARY.matcher(admin.get(reset.getHeaders().getLocation().getPath()).getBody());
        assertThat(shown.find()).isTrue();
        assertThat(basic(user, TestAccounts.PASSWORD, "/api/v1/tasks").getStatusCode().value()).isEqualTo(401);
        WebSession signedIn = new WebSession(rest).signedIn(user, shown.group(1));
        assertThat(signedIn.get("/tasks").getHeaders().getLocation().getPath()).isEqualTo("/account/password");
        assertThat(jdbc.queryForObject("SELECT actor FROM login_event WHERE username = ? AND event = 'PASSWORD_RESET'",
                String.class, user)).isEqualTo("admin");
    }

    /** A fresh installation: no administrator; the bootstrap variable creates one, once, never with a default. */
    @Test
    void theFirstAdministratorComesFromTheBootstrapVariableOnly(@Autowired AccountMapper mapper,
                                                               @Autowired PasswordPolicy policy,
                                                               @Autowired LoginAudit audit, @Autowired Clock clock,
                                                               @Autowired PlatformTransactionManager transactions) {
        List<String> admins = jdbc.queryForList("SELECT m.username FROM group_membership m JOIN app_user u "
                + "ON u.username = m.username WHERE m.group_id = 'admin' AND u.enabled = TRUE", String.class);
        String first = "root-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username IN (SELECT username FROM group_membership "
                    + "WHERE group_id = 'admin')");
            // no variable, or a weak password: nothing is created
            new FirstAdministrator(mapper, policy, passwords, audit, clock, transactions, first, "", "a@example.org",
                    "MOIS").createIfNone();
            new FirstAdministrator(mapper, policy, passwords, audit, clock, transactions, first, "admin12345678",
                    "a@example.org", "MOIS").createIfNone();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Long.class, first)).isZero();

            new FirstAdministrator(mapper, policy, passwords, audit, clock, transactions, first,
                    "Seoul spring blossoms 2026", "a@example.org", "MOIS").createIfNone();
            assertThat(jdbc.queryForMap("SELECT enabled, must_change_password FROM app_user WHERE username = ?", first))
                    .containsEntry("enabled", true).containsEntry("must_change_password", true);
            assertThat(jdbc.queryForList("SELECT group_id FROM group_membership WHERE username = ?", String.class, first))
                    .containsExactly("admin");
            // with an administrator present, the variable changes nothing (a second start, another node)
            new FirstAdministrator(mapper, policy, passwords, audit, clock, transactions, first + "-x",
                    "Seoul spring blossoms 2026", "a@example.org", "MOIS").createIfNone();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Long.class, first + "-x"))
                    .isZero();
            WebSession root = new WebSession(rest).signedIn(first, "Seoul spring blossoms 2026");
            assertThat(root.get("/admin/accounts").getHeaders().getLocation().getPath()).isEqualTo("/account/password");
        } finally {
            jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", first);
            for (String admin : admins) {
                jdbc.update("UPDATE app_user SET enabled = TRUE WHERE username = ?", admin);
            }
        }
    }

    private static MultiValueMap<String, String> account(String username, String organisation, String... groups) {
        MultiValueMap<String, String> form = fields(organisation, groups);
        form.add("username", username);
        return form;
    }

    private static MultiValueMap<String, String> fields(String organisation, String... groups) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("displayName", "Test Person");
        form.add("email", "test.person@example.org");
        form.add("organisationCode", organisation);
        form.add("locale", "en");
        form.add("timeZone", "Asia/Seoul");
        for (String group : groups) {
            form.add("groups", group);
        }
        return form;
    }

    private ResponseEntity<String> basic(String user, String password, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        return rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
