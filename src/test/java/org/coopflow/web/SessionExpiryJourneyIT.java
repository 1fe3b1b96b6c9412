package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.coopflow.support.Browser;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.UserTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journey 5, in the browser: a partner half-fills the request form; the page warns before the session times out
 * and keeps it on "Stay signed in"; then the session ends anyway (as the server ends one after 30 idle minutes) while
 * the partner goes on typing — and after signing in again, everything typed, before and after the end, is in the
 * form, which is then sent as one request.
 */
class SessionExpiryJourneyIT extends MariaDbIntegrationTest {

    private static final String PARTNER = "partner-kh";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserTexts texts;

    @BeforeEach
    @AfterEach
    void noDraft() {
        jdbc.update("DELETE FROM request_draft WHERE username = ?", PARTNER);
    }

    @Test
    void aHalfFilledRequestFormOutlivesTheSession() {
        String title = "Civil registration in the provinces " + UUID.randomUUID().toString().substring(0, 8);
        String before = "Our civil registry is kept on paper in 25 provinces.";
        String after = " We would like advice on digitising it.";

        try (Browser partner = Browser.start(port, "en")) {
            partner.signIn(PARTNER);
            partner.clickAndWait(By.cssSelector("nav a[href='/requests/new']"));
            partner.click(By.cssSelector("input[name='sector'][value='CIVIL_REGISTRATION']"))
                    .type(By.id("title"), title)
                    .type(By.id("description"), before)
                    .click(By.cssSelector("input[name='modality'][value='ONLINE_FORUM']"));
            waitForStatus(partner, "Draft saved");

            // --- two minutes before the end, the page warns; "Stay signed in" keeps the session
            shortenSession(partner, 130); // the warning comes 13 s after the next page, not 28 minutes
            partner.open("/requests/new");
            assertThat(partner.find(By.id("title")).getDomProperty("value")).isEqualTo(title);
            partner.find(By.id("session-warning"));
            assertThat(partner.text(By.id("session-warning-title"))).isEqualTo(text("session.warning.title"));
            assertThat(partner.text(By.id("session-deadline"))).startsWith("You will be signed out at ");
            partner.click(By.id("session-stay"));
            partner.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("session-warning")),
                    "the warning closed after Stay signed in");
            assertThat(sessionRows(partner)).as("the session is still there").isEqualTo(1);

            // --- the session ends anyway (the server removes a session that timed out); the partner types on
            jdbc.update("DELETE FROM SPRING_SESSION WHERE SESSION_ID = ?", sessionId(partner));
            partner.find(By.id("description")).sendKeys(after);
            waitForStatus(partner, text("requests.draft.sessionEnded"));
            partner.find(By.id("session-ended"));
            assertThat(partner.text(By.id("session-ended-text"))).contains(text("session.ended.draft"));
            partner.screenshot("journey-5-session-ended");

            // --- signed in again, the partner is told about the request not sent yet, and finds all of it
            partner.clickAndWait(By.id("session-sign-in"));
            assertThat(partner.path()).startsWith("/login");
            partner.signIn(PARTNER);
            assertThat(partner.path()).isEqualTo("/requests");
            partner.clickAndWait(By.id("continue-draft"));
            assertThat(partner.find(By.id("draft-restored")).getText()).startsWith("We restored the request");
            waitForStatus(partner, "Draft saved");
            assertThat(partner.find(By.id("title")).getDomProperty("value")).isEqualTo(title);
            assertThat(partner.find(By.id("description")).getDomProperty("value")).isEqualTo(before + after);
            assertThat(partner.find(By.cssSelector("input[name='sector'][value='CIVIL_REGISTRATION']")).isSelected())
                    .isTrue();
            assertThat(partner.find(By.cssSelector("input[name='modality'][value='ONLINE_FORUM']")).isSelected())
                    .isTrue();

            // --- and sends it: one request, and the draft is gone
            partner.click(By.cssSelector("input[name='languages'][value='km']"))
                    .clickAndWait(By.id("submit-request"));
            assertThat(partner.text(By.id("request-reference"))).matches("CR-\\d{4}-\\d{5}");
            assertThat(partner.text(By.tagName("h1"))).contains(title);
            partner.screenshot("journey-5-sent-after-signing-in-again");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request_draft WHERE username = ?", Integer.class, PARTNER))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cooperation_request WHERE title = ?", Integer.class, title))
                .isEqualTo(1);
    }

    private static void waitForStatus(Browser browser, String beginning) {
        browser.waitFor(d -> d.findElement(By.id("draft-status")).getText().startsWith(beginning),
                "draft status \"" + beginning + "…\"");
    }

    /** As if the server's session timeout were this short: the page reads it from the session. */
    private void shortenSession(Browser browser, int seconds) {
        assertThat(jdbc.update("UPDATE SPRING_SESSION SET MAX_INACTIVE_INTERVAL = ? WHERE SESSION_ID = ?", seconds,
                sessionId(browser))).isEqualTo(1);
    }

    private int sessionRows(Browser browser) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE SESSION_ID = ?", Integer.class,
                sessionId(browser));
    }

    /** Spring Session's cookie holds the session id, Base64-encoded. */
    private static String sessionId(Browser browser) {
        String cookie = browser.driver().manage().getCookieNamed("SESSION").getValue();
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    private String text(String key) {
        return texts.of(PARTNER, key);
    }
}
