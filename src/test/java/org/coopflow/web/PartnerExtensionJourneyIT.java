package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.coopflow.calendar.CalendarKind;
import org.coopflow.calendar.WorkingCalendars;
import org.coopflow.support.Api;
import org.coopflow.support.Browser;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.UserTexts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey 6: intake asks a Cambodian partner for clarification; the partner, in the browser, goes from its request
 * to the step, asks for five more working days with a reason and sees the request waiting for a decision; intake
 * grants it; the partner then sees the new due date — on the request page, the step and its "more time" page.
 */
class PartnerExtensionJourneyIT extends MariaDbIntegrationTest {

    private static final String PARTNER = "partner-kh";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserTexts texts;

    @Autowired
    TaskService tasks;

    @Autowired
    WorkingCalendars calendars;

    @Test
    void aPartnerAsksForMoreTimeAndSeesTheNewDueDate() {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.submitted(cast);
        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "Which provinces enrol first?"));
        String taskId = cast.partner().taskId(journey.id(), "answerClarification");
        Instant dueBefore = tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate().toInstant();
        Instant dueAfter = calendars.due(CalendarKind.PARTNER, "KH-MOI", dueBefore, 5);

        try (Browser partner = Browser.start(port, "en")) {
            partner.signIn(PARTNER);
            partner.open("/requests/" + journey.id());
            assertThat(partner.find(By.cssSelector("#pending time")).getDomAttribute("datetime"))
                    .isEqualTo(dueBefore.toString());

            // from the request to the step, and to its due date
            partner.clickAndWait(By.cssSelector("#pending a.to-tasks"));
            partner.clickAndWait(By.cssSelector("tr[data-task-id='" + taskId + "'] td a[href='/tasks/" + taskId + "']"));
            partner.clickAndWait(By.id("more-time-link"));
            assertThat(partner.path()).isEqualTo("/tasks/" + taskId + "/more-time");
            assertThat(partner.find(By.cssSelector("#step-due time")).getDomAttribute("datetime"))
                    .isEqualTo(dueBefore.toString());

            // a reason is required: said at its field, nothing asked
            partner.type(By.id("days"), "5").clickAndWait(By.id("ask-submit"));
            assertThat(partner.text(By.id("reason-error"))).isEqualTo(texts.of(PARTNER, "extension.reason.required"));
            partner.type(By.id("reason"), "The provincial governors meet on the 20th; we answer after.")
                    .clickAndWait(By.id("ask-submit"));
            assertThat(partner.text(By.id("notice"))).isEqualTo(texts.of(PARTNER, "extension.notice.asked", 5,
                    texts.of(PARTNER, "requests.group.intake")));
            assertThat(partner.find(By.cssSelector("#extension-requests tr[data-status='PENDING']")).getText())
                    .contains("The provincial governors meet on the 20th");

            // intake grants it
            Api intake = cast.intake();
            intake.complete(journey.id(), "decideExtension", Map.of("extensionDecision", "GRANT",
                    "extensionComment", "Fine; please answer by then."));

            partner.open("/tasks/" + taskId + "/more-time");
            assertThat(partner.find(By.cssSelector("#step-due time")).getDomAttribute("datetime"))
                    .isEqualTo(dueAfter.toString());
            assertThat(partner.text(By.cssSelector("#extension-requests tr[data-status='GRANTED'] .extension-status")))
                    .isEqualTo(texts.of(PARTNER, "extension.status.GRANTED"));
            assertThat(partner.text(By.cssSelector("#extension-requests tr[data-status='GRANTED']")))
                    .contains("Fine; please answer by then.");
            partner.open("/requests/" + journey.id());
            assertThat(partner.find(By.cssSelector("#pending time")).getDomAttribute("datetime"))
                    .isEqualTo(dueAfter.toString());
            partner.screenshot("journey-6-partner-extension");
        }
    }
}
