package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.coopflow.support.Browser;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey (issue 14): an administrator creates an account in the browser and reads its temporary password once; the
 * new official signs in with it, is taken straight to choosing a password of their own (a common one is refused with
 * a message next to the field), and then lands on their tasks. Every page under the Content-Security-Policy.
 */
class AccountJourneyIT extends MariaDbIntegrationTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anAdministratorCreatesAnAccountThatSignsInAndChoosesItsOwnPassword() {
        String username = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        // an intake role in a group no process offers anything to (other tests count the intake group's members)
        String group = org.coopflow.support.TestAccounts.group(jdbc, "INTAKE");
        String temporary;
        try (Browser admin = Browser.start(port, "en")) {
            admin.signIn("admin");
            assertThat(admin.path()).startsWith("/admin/accounts");
            admin.clickAndWait(By.id("new-account"));
            admin.type(By.id("username"), username)
                    .type(By.id("displayName"), "Yoon Ha-neul")
                    .type(By.id("email"), username + "@mois.go.kr.example")
                    .select(By.id("organisationCode"), "MOIS")
                    .select(By.id("locale"), "en")
                    .type(By.id("timeZone"), "Asia/Seoul")
                    .click(By.cssSelector("input[name=groups][value='" + group + "']"));
            admin.clickAndWait(By.id("create-account"));
            assertThat(admin.path()).isEqualTo("/admin/accounts/" + username);
            temporary = admin.text(By.id("temporary-password-value"));
            assertThat(temporary).hasSize(16);
            admin.screenshot("account-created");
        }

        try (Browser official = Browser.start(port, "en")) {
            official.open("/login")
                    .type(By.id("username"), username)
                    .type(By.id("password"), temporary)
                    .clickAndWait(By.id("sign-in"));
            assertThat(official.path()).isEqualTo("/account/password");
            official.find(By.id("must-change"));

            official.type(By.id("currentPassword"), temporary)
                    .type(By.id("newPassword"), "password12345")
                    .type(By.id("repeatPassword"), "password12345")
                    .clickAndWait(By.id("change-password"));
            assertThat(official.text(By.id("newPassword-error"))).contains("too common");

            official.type(By.id("currentPassword"), temporary)
                    .type(By.id("newPassword"), "Magpies nest above Gwanghwamun")
                    .type(By.id("repeatPassword"), "Magpies nest above Gwanghwamun")
                    .clickAndWait(By.id("change-password"));
            official.waitFor(ExpectedConditions.urlContains("/tasks"), "the task list after the change");
            assertThat(official.text(By.id("notice"))).contains("password was changed");
            official.screenshot("account-first-sign-in");
        }
    }
}
