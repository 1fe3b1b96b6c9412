package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.coopflow.support.Browser;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.UserTexts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A partner acts from what it reads on the step itself, in headless Chromium: it answers intake's question (shown on
 * the step, asked by the international cooperation desk), and it confirms a revised consultation plan whose details
 * and changes since the first proposal it reads on the step — never opening an official's page.
 */
class PartnerActionsJourneyIT extends MariaDbIntegrationTest {

    private static final String PARTNER = "partner-kh";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserTexts texts;

    @Autowired
    TaskService tasks;

    @Test
    void aPartnerAnswersTheQuestionItReadsOnTheStep() {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.submitted(cast);
        String question = "Which provinces enrol first, and how many registration offices do they have?";
        cast.intake().complete(journey.id(), "screenRequest",
                Map.of("screeningDecision", "CLARIFY", "screeningReason", question));
        String taskId = cast.partner().taskId(journey.id(), "answerClarification");

        try (Browser partner = Browser.start(port, "en")) {
            partner.signIn(PARTNER);
            // from "Waiting on you" in the list of requests straight to the step
            partner.open("/requests");
            partner.clickAndWait(By.cssSelector("a.waiting-on-you[href='/tasks/" + taskId + "']"));
            assertThat(partner.path()).isEqualTo("/tasks/" + taskId);
            assertThat(partner.text(By.tagName("h1"))).isEqualTo(texts.taskName(PARTNER, "answerClarification"));
            assertThat(partner.text(By.cssSelector("#brief-question blockquote"))).isEqualTo(question);
            assertThat(partner.text(By.cssSelector("#brief-question"))).contains(texts.of(PARTNER, "brief.askedBy",
                    texts.of(PARTNER, "requests.group.intake")));
            assertThat(partner.all(By.id("claim-task"))).isEmpty();
            partner.type(By.id("field-clarificationAnswer"), "Kampong Cham and Siem Reap first: 14 offices in all.");
            partner.screenshot("partner-clarification");

            partner.clickAndWait(By.id("complete-task"));
            assertThat(partner.path()).isEqualTo("/actions");
            assertThat(partner.text(By.id("notice"))).isEqualTo(texts.of(PARTNER, "tasks.done",
                    texts.taskName(PARTNER, "answerClarification"), journey.reference()));
            assertThat(partner.all(By.cssSelector("tr[data-task-id='" + taskId + "']"))).isEmpty();
        }
        assertThat(cast.partner().status(journey.id())).isEqualTo("SCREENING");
    }

    @Test
    void onAPhoneEveryAnswerOfAStepStaysBesideItsLabel() {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.submitted(cast);
        cast.intake().complete(journey.id(), "screenRequest",
                Map.of("screeningDecision", "CLARIFY", "screeningReason", "How many offices?"));
        String taskId = cast.partner().taskId(journey.id(), "answerClarification");

        try (Browser partner = Browser.start(port, "en")) {
            partner.signIn(PARTNER);
            partner.driver().manage().window().setSize(new Dimension(400, 900));
            partner.open("/actions");
            // the request cell holds the reference and the title: both in the answer's column, not the title
            // under the label (a cell laid out as a grid put each child in a cell of its own)
            String cell = "tr[data-task-id='" + taskId + "'] td:nth-child(2)";
            Rectangle reference = partner.find(By.cssSelector(cell + " a")).getRect();
            Rectangle title = partner.find(By.cssSelector(cell + " span")).getRect();
            assertThat(title.getX()).as("the title starts in the answer's column")
                    .isGreaterThanOrEqualTo(reference.getX());
            assertThat(partner.find(By.cssSelector(cell)).getRect().getX()).isLessThan(reference.getX());

            // the language switch reads as one line: its label beside the choice, not above it
            WebElement label = partner.find(By.cssSelector("form.language label"));
            WebElement choice = partner.find(By.id("lang"));
            assertThat(label.getRect().getX() + label.getRect().getWidth())
                    .isLessThanOrEqualTo(choice.getRect().getX());
            assertThat(label.getRect().getY()).isLessThan(choice.getRect().getY() + choice.getRect().getHeight());
            partner.screenshot("partner-actions-phone");
        }
    }

    @Test
    void aPartnerConfirmsARevisedPlanWhoseDetailsItReadsOnTheStep() {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.toConsultation(cast);
        Journeys.planConsultation(cast, journey, LocalDate.now().plusDays(20));
        cast.partner().complete(journey.id(), "confirmConsultationPlan",
                Map.of("planDecision", "CHANGE", "planComment", "Please hold it a week later."));
        Journeys.planConsultation(cast, journey, LocalDate.now().plusDays(27));
        String taskId = cast.partner().taskId(journey.id(), "confirmConsultationPlan");

        try (Browser partner = Browser.start(port, "en")) {
            partner.signIn(PARTNER);
            // our actions: the step with its request, nothing to claim
            partner.clickAndWait(By.id("nav-actions"));
            String row = "tr[data-task-id='" + taskId + "']";
            assertThat(partner.text(By.cssSelector(row))).contains(journey.reference());
            assertThat(partner.all(By.cssSelector(row + " form"))).isEmpty();
            partner.clickAndWait(By.cssSelector(row + " a.open-action"));

            assertThat(partner.text(By.id("brief-plan"))).contains("Enrolment, card production, data protection",
                    texts.of(PARTNER, "modality.ONLINE_FORUM"));
            assertThat(partner.text(By.id("brief-changes"))).contains(texts.of(PARTNER, "brief.plan.changed", 1),
                    texts.of(PARTNER, "brief.plan.field.dates"), "Please hold it a week later.");
            assertThat(partner.text(By.id("brief"))).doesNotContain("Kim Min-jun");
            partner.click(By.cssSelector("input[name='planDecision'][value='CONFIRM']"));
            partner.screenshot("partner-plan");

            partner.clickAndWait(By.id("complete-task"));
            assertThat(partner.path()).isEqualTo("/actions");
            assertThat(partner.text(By.id("notice"))).isEqualTo(texts.of(PARTNER, "tasks.done",
                    texts.taskName(PARTNER, "confirmConsultationPlan"), journey.reference()));

            // the request page: consultation is the stage now, with the Korean side until the consultation date
            partner.open("/requests/" + journey.id());
            assertThat(partner.find(By.cssSelector("#progress-bar li[data-step='CONSULTATION']"))
                    .getDomAttribute("data-state")).isEqualTo("CURRENT");
            assertThat(partner.find(By.cssSelector("#progress-bar li[data-step='EXPERTS']"))
                    .getDomAttribute("data-state")).isEqualTo("DONE");
            partner.screenshot("partner-progress");
        }
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
    }
}
