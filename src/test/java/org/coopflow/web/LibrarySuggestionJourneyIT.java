package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.coopflow.support.Api;
import org.coopflow.support.Browser;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.PastRequests;
import org.coopflow.support.ProcessDriver;
import org.coopflow.support.UserTexts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey 6: an earlier civil-registration request from Cambodia was consulted on (its outcome is in the library);
 * Cambodia sends a new one about the same problem. Intake (reading Korean) filters the offered tasks to civil
 * registration in Cambodia, opens the new request's screening and sees the earlier request suggested with why — same
 * sector, same country, the words in common — and its outcome; reads the outcome in the library, comes back and
 * attaches the earlier request to the new one.
 */
class LibrarySuggestionJourneyIT extends MariaDbIntegrationTest {

    private static final String INTAKE = "intake";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessDriver driver;

    @Autowired
    UserTexts texts;

    @Test
    void intakeSeesASimilarPastRequestSuggestedWhileScreening() {
        Cast cast = Cast.of(rest);
        String commune = PastRequests.rareWord();
        String registrar = PastRequests.rareWord();
        Journey earlier = PastRequests.withOutcome(cast, driver, cast.partner(), "CIVIL_REGISTRATION",
                "Birth registration in " + commune + " communes",
                "Each " + registrar + " office writes births by hand.",
                "Online forum with 25 registrars: how Korea links birth records to the resident register.");
        Journey request = PastRequests.submit(cast.partner(), "CIVIL_REGISTRATION",
                "Connecting " + commune + " birth records", "Our " + registrar + " offices keep births on paper.");
        String taskId = new Api(rest, INTAKE).taskId(request.id(), "screenRequest");

        try (Browser intake = Browser.start(port, "ko")) {
            // the offered screenings of civil registration in Cambodia, and the new request's among them
            intake.signIn(INTAKE).open("/tasks?view=offered&sector=CIVIL_REGISTRATION&country=KH&sort=created");
            intake.clickAndWait(By.cssSelector("a[href='/tasks/" + taskId + "']"));
            assertThat(intake.path()).isEqualTo("/tasks/" + taskId);

            // the earlier request is suggested, with why, and its outcome
            intake.find(By.id("library-suggestions"));
            assertThat(intake.text(By.id("library-suggestions-heading")))
                    .isEqualTo(texts.of(INTAKE, "library.suggestions.heading"));
            WebElement suggestion = intake.find(By.cssSelector("#library-suggestions li[data-request='"
                    + earlier.id() + "']"));
            assertThat(intake.all(By.cssSelector("#library-suggestions li.suggestion")).get(0)
                    .getDomAttribute("data-request")).isEqualTo(earlier.id().toString());
            assertThat(suggestion.getText()).contains(earlier.reference(),
                    "Birth registration in " + commune + " communes");
            String why = suggestion.findElement(By.cssSelector("p.why")).getText();
            assertThat(why).contains(
                    texts.of(INTAKE, "library.why.sector", texts.of(INTAKE, "sector.CIVIL_REGISTRATION")),
                    texts.of(INTAKE, "library.why.country", "캄보디아"),
                    texts.of(INTAKE, "library.why.words", 4, commune + ", birth, " + registrar + ", births"));
            WebElement outcome = suggestion.findElement(By.cssSelector("ul a[href^='/library/']"));
            assertThat(outcome.getText()).startsWith("Online forum with 25 registrars");
            show(intake, suggestion);
            intake.screenshot("journey-6-intake-suggestions");

            // the outcome, read in the library, leads back to the earlier request
            intake.clickAndWait(By.cssSelector("#library-suggestions li[data-request='" + earlier.id()
                    + "'] ul a[href^='/library/']"));
            assertThat(intake.text(By.id("entry-kind"))).isEqualTo(texts.of(INTAKE, "library.kind.OUTCOME"));
            assertThat(intake.text(By.id("entry-content"))).contains(
                    "how Korea links birth records to the resident register");
            assertThat(intake.find(By.id("entry-request-link")).getDomAttribute("href"))
                    .isEqualTo("/requests/" + earlier.id());

            // back on the screening: attached to the new request, said so, and offered no more
            intake.open("/tasks/" + taskId).clickAndWait(By.id("attach-" + earlier.id()));
            assertThat(intake.path()).startsWith("/tasks/" + taskId);
            assertThat(intake.text(By.id("notice"))).isEqualTo(texts.of(INTAKE, "library.suggestion.attached",
                    earlier.reference()));
            List<WebElement> attached = intake.all(By.cssSelector("#library-suggestions li[data-request='"
                    + earlier.id() + "'] .attached"));
            assertThat(attached).singleElement().extracting(WebElement::getText)
                    .isEqualTo(texts.of(INTAKE, "library.suggestions.isAttached"));
            assertThat(intake.all(By.id("attach-" + earlier.id()))).isEmpty();
            intake.screenshot("journey-6-intake-attached");
        }
    }

    /** Scrolls the element to the top of the window, so the screenshot shows it. */
    private static void show(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true)", element);
    }
}
