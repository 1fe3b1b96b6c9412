package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.coopflow.support.Browser;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.coopflow.support.UserTexts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey 4: a request finished quickly through the API (screening, nomination, consultation, feedback
 * without MOU or follow-up, evaluation, closure); the manager finds it with the search, opens it and reads
 * its audit timeline: every step with who did it and when, oldest first; then the dashboard counts it.
 */
class ManagerTimelineJourneyIT extends MariaDbIntegrationTest {

    private static final String MANAGER = "manager";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessDriver process;

    @Autowired
    UserTexts texts;

    @Test
    void aManagerReadsTheTimelineOfAFinishedRequest() {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.toFeedback(cast, process);
        cast.partner().complete(journey.id(), "giveFeedback",
                Map.of("satisfaction", "4", "wantsMou", "NO", "wantsFollowUp", "NO"));
        cast.coordMois().complete(journey.id(), "evaluateCooperation",
                Map.of("overallRating", "4", "evaluationSummary", "Objectives met without an MOU."));
        cast.manager().complete(journey.id(), "approveClosure", Map.of("closureDecision", "APPROVE"));
        assertThat(cast.partner().status(journey.id())).isEqualTo("COMPLETED");
        String requestPage = "/requests/" + journey.id();

        try (Browser manager = Browser.start(port, "en")) {
            // the manager starts from the request search and finds the request by its reference
            manager.signIn(MANAGER);
            assertThat(manager.path()).isEqualTo("/requests");
            manager.type(By.id("q"), journey.reference())
                    .clickAndWait(By.cssSelector("form[role='search'] button[type='submit']"))
                    .clickAndWait(By.cssSelector("a[href='" + requestPage + "']"));
            assertThat(manager.text(By.id("request-reference"))).isEqualTo(journey.reference());
            assertThat(manager.find(By.id("request-status")).getDomAttribute("data-status")).isEqualTo("COMPLETED");
            assertThat(manager.text(By.id("request-status"))).isEqualTo(texts.of(MANAGER, "status.COMPLETED"));

            // ...and opens its audit timeline
            manager.clickAndWait(By.id("audit-timeline-link"));
            assertThat(manager.path()).isEqualTo(requestPage + "/timeline");
            assertThat(manager.text(By.tagName("h1"))).isEqualTo(texts.of(MANAGER, "timeline.title", journey.reference()));
            List<WebElement> entries = manager.driver().findElements(By.cssSelector("#audit-timeline > li"));
            assertThat(entries).extracting(e -> e.getDomAttribute("data-event"))
                    .contains("REQUEST_SUBMITTED", "TASK_CLAIMED", "SCREENING_DECIDED", "TEAM_DECIDED",
                            "COOPERATION_EVALUATED", "CLOSURE_DECIDED");

            // every entry says when, in order, oldest first
            List<OffsetDateTime> times = entries.stream()
                    .map(e -> e.findElement(By.tagName("time")))
                    .peek(t -> assertThat(t.getText()).isNotBlank())
                    .map(t -> OffsetDateTime.parse(t.getDomAttribute("datetime")))
                    .toList();
            assertThat(times).isSortedAccordingTo(OffsetDateTime::compareTo);

            // and who, in words: the partner submitted, intake screened, the coordinator evaluated, the manager closed
            assertThat(entryTexts(entries, "REQUEST_SUBMITTED")).singleElement().asString().contains("Sokha Chan");
            assertThat(entryTexts(entries, "SCREENING_DECIDED")).singleElement().asString()
                    .contains("Lee Ji-won (MOIS " + texts.of(MANAGER, "audit.role.INTAKE") + ")");
            assertThat(entryTexts(entries, "TEAM_DECIDED")).singleElement().asString().contains("Kim Min-jun");
            assertThat(entryTexts(entries, "COOPERATION_EVALUATED")).singleElement().asString()
                    .contains("Kim Min-jun");
            assertThat(entryTexts(entries, "CLOSURE_DECIDED")).singleElement().asString().contains("Oh Sung-min");
            manager.screenshot("journey-4-manager-timeline");

            // then reads the dashboard from the navigation: the finished request counts among the completed ones
            manager.clickAndWait(By.cssSelector("nav a[href='/dashboard']"));
            assertThat(manager.path()).isEqualTo("/dashboard");
            assertThat(manager.text(By.tagName("h1"))).isEqualTo(texts.of(MANAGER, "dashboard.title"));
            WebElement completedRow = manager.find(By.cssSelector("#by-status tr[data-code='COMPLETED']"));
            assertThat(completedRow.findElement(By.tagName("th")).getText())
                    .isEqualTo(texts.of(MANAGER, "status.COMPLETED"));
            assertThat(Integer.parseInt(completedRow.findElement(By.cssSelector("td span")).getText()
                    .replaceAll("\\D", ""))).isPositive();
            manager.screenshot("journey-4-manager-dashboard");
        }
    }

    private static List<String> entryTexts(List<WebElement> entries, String kind) {
        return entries.stream().filter(e -> kind.equals(e.getDomAttribute("data-event"))).map(WebElement::getText).toList();
    }
}
