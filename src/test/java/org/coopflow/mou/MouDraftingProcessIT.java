package org.coopflow.mou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.deadline.DeadlineScan;
import org.coopflow.deadline.Deadlines;
import org.coopflow.deadline.Rung;
import org.coopflow.deadline.StepDeadline;
import org.coopflow.deadline.StepReminder;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Paths through {@code mouDrafting}: parallel legal and partner reviews, change rounds asked by the partner
 * or the manager, the reminders of an overdue partner review (its escalation ladder), and the signing.
 */
class MouDraftingProcessIT extends MariaDbIntegrationTest {

    private static final String PROCESS = "mouDrafting";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Deadlines deadlines;

    @Autowired
    DeadlineScan scan;

    Cast cast;

    @BeforeEach
    void cast() {
        cast = Cast.of(rest);
    }

    @Test
    void bothApprovalsGoToTheManager() {
        Journey journey = Journeys.toMouReviews(cast, driver);
        ProcessInstance mou = driver.instance(journey.reference(), PROCESS);
        assertThat(mou).isWaitingAtExactly("reviewMouLegal", "reviewMouPartner").hasPassed("draftMou", "reviewsStarted");
        assertThat(cast.legal().tasks(journey.id(), "reviewMouLegal")).hasSize(1);
        assertThat(cast.partner().tasks(journey.id(), "reviewMouPartner")).hasSize(1);

        cast.legal().complete(journey.id(), "reviewMouLegal", Map.of("legalDecision", "APPROVE"));
        assertThat(mou).isWaitingAt("reviewMouPartner", "reviewsDone").isNotWaitingAt("reviewMouLegal");
        cast.partner().complete(journey.id(), "reviewMouPartner", Map.of("partnerDecision", "APPROVE"));

        assertThat(mou).isWaitingAtExactly("approveMouForSigning").hasPassed("reviewsDone", "mouReviewsApproved");
        assertThat(cast.manager().tasks(journey.id(), "approveMouForSigning")).hasSize(1);
        assertThat(cast.coordMois().tasks(journey.id(), "draftMou")).isEmpty();
    }

    @Test
    void partnerChangesStartANewRoundWithBothReviews() {
        Journey journey = Journeys.toMouReviews(cast, driver);
        ProcessInstance mou = driver.instance(journey.reference(), PROCESS);

        cast.legal().complete(journey.id(), "reviewMouLegal", Map.of("legalDecision", "APPROVE"));
        cast.partner().complete(journey.id(), "reviewMouPartner",
                Map.of("partnerDecision", "REQUEST_CHANGES", "partnerComments", "Article 3 must name our ministry."));

        assertThat(mou).isWaitingAtExactly("draftMou").hasPassed("mouReviewsApproved").hasNotPassed("approveMouForSigning");
        assertThat(cast.coordMois().tasks(journey.id(), "draftMou")).hasSize(1);
        assertThat(cast.manager().tasks(journey.id(), "approveMouForSigning")).isEmpty();

        Journeys.draftMou(cast, journey, "Article 3 names the Ministry of Interior");

        // a new round: legal reviews again, although it approved the first version
        assertThat(mou).isWaitingAtExactly("reviewMouLegal", "reviewMouPartner");
        assertThat(cast.legal().tasks(journey.id(), "reviewMouLegal")).hasSize(1);
        assertThat(cast.partner().tasks(journey.id(), "reviewMouPartner")).hasSize(1);
        cast.legal().complete(journey.id(), "reviewMouLegal", Map.of("legalDecision", "APPROVE"));
        cast.partner().complete(journey.id(), "reviewMouPartner", Map.of("partnerDecision", "APPROVE"));

        assertThat(mou).isWaitingAtExactly("approveMouForSigning");
        assertThat(finishedTasks(mou, "draftMou")).isEqualTo(2);
        assertThat(finishedTasks(mou, "reviewMouLegal")).isEqualTo(2);
        assertThat(finishedTasks(mou, "reviewMouPartner")).isEqualTo(2);
        assertThat(cast.manager().history(journey.id())).filteredOn(e -> "MOU_VERSION_CREATED".equals(e.get("eventType")))
                .extracting(e -> e.get("numberValue")).containsExactly(1, 2);
    }

    @Test
    void managerChangesGoBackToDrafting() {
        Journey journey = Journeys.toMouSigningApproval(cast, driver);
        ProcessInstance mou = driver.instance(journey.reference(), PROCESS);
        assertThat(mou).isWaitingAtExactly("approveMouForSigning");

        cast.manager().complete(journey.id(), "approveMouForSigning",
                Map.of("signingDecision", "REQUEST_CHANGES", "signingComments", "Shorten the term to three years."));

        assertThat(mou).isWaitingAtExactly("draftMou").hasPassed("signingApproved").hasNotPassed("recordMouSigning");
        assertThat(cast.coordMois().tasks(journey.id(), "draftMou")).hasSize(1);
        assertThat(cast.partner().status(journey.id())).isEqualTo("MOU_DRAFTING");

        Journeys.draftMou(cast, journey, "Term of three years");
        assertThat(mou).isWaitingAtExactly("reviewMouLegal", "reviewMouPartner");
    }

    @Test
    void overduePartnerReviewRemindsAndStaysOpen() {
        // pinned in the past, so the scan below finds this request's reminders, not the open steps of other tests
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T01:00:00Z")));
        Journey journey;
        try {
            journey = Journeys.toMouReviews(cast, driver);
        } finally {
            ClockUtil.reset();
        }
        ProcessInstance mou = driver.instance(journey.reference(), PROCESS);
        // the partner's review is due in 30 of the partner's working days (Cambodia's, in Phnom Penh)
        Task review = taskQuery().processInstanceId(mou.getId()).taskDefinitionKey("reviewMouPartner").singleResult();
        StepDeadline deadline = deadlines.of(review.getId()).orElseThrow();
        assertThat(deadline.dueAt()).isEqualTo(review.getDueDate().toInstant());
        assertThat(deadline.calendar()).isEqualTo("PARTNER");
        assertThat(deadline.workingDays()).isEqualTo(30);
        assertThat(Duration.between(review.getCreateTime().toInstant(), deadline.dueAt()))
                .isGreaterThan(Duration.ofDays(30));
        String partnerTask = cast.partner().taskId(journey.id(), "reviewMouPartner");

        try {
            ClockUtil.setCurrentTime(Date.from(deadline.dueAt().plusSeconds(60)));
            scan.runNow();
            scan.runNow();
        } finally {
            ClockUtil.reset();
        }

        assertThat(mou).isWaitingAtExactly("reviewMouLegal", "reviewMouPartner").hasNotPassed("reviewsDone");
        assertThat(cast.partner().taskId(journey.id(), "reviewMouPartner")).isEqualTo(partnerTask);
        assertThat(deadlines.remindersOf(journey.id())).filteredOn(r -> r.taskId().equals(partnerTask))
                .extracting(StepReminder::rung).containsExactly(Rung.SHARE, Rung.DUE);
        assertThat(cast.manager().history(journey.id())).filteredOn(e -> "DEADLINE_REMINDED".equals(e.get("eventType")))
                .extracting(e -> e.get("decision")).contains("SHARE", "DUE");

        // the reviews still join after the reminder
        cast.partner().complete(journey.id(), "reviewMouPartner", Map.of("partnerDecision", "APPROVE"));
        cast.legal().complete(journey.id(), "reviewMouLegal", Map.of("legalDecision", "APPROVE"));
        assertThat(mou).isWaitingAtExactly("approveMouForSigning");
    }

    @Test
    void signingEndsTheMouStage() {
        Journey journey = Journeys.toMouSigningApproval(cast, driver);
        ProcessInstance mou = driver.instance(journey.reference(), PROCESS);
        ProcessInstance main = driver.instance(journey.reference(), "cooperationRequest");

        cast.manager().complete(journey.id(), "approveMouForSigning", Map.of("signingDecision", "APPROVE"));
        assertThat(mou).isWaitingAtExactly("recordMouSigning");
        assertThat(cast.coordMois().tasks(journey.id(), "recordMouSigning")).hasSize(1);
        cast.coordMois().complete(journey.id(), "recordMouSigning", Map.of("signingDate", LocalDate.now().toString(),
                "signatories", "Vice Minister of the Interior and Safety; Secretary of State, Ministry of Interior",
                "signingPlace", "Phnom Penh"));

        assertThat(mou).isEnded().hasPassed("recordMouSigning", "mouSigned");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(journey.reference())
                .processDefinitionKey(PROCESS).count()).isZero();
        assertThat(main).hasPassed("mou").isWaitingAtExactly("followUpStage");
        assertThat(driver.instance(journey.reference(), "followUp")).isWaitingAtExactly("defineFollowUpActions");
        assertThat(cast.partner().status(journey.id())).isEqualTo("FOLLOW_UP");
    }

    private static long finishedTasks(ProcessInstance instance, String taskKey) {
        return historyService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).finished().count();
    }
}
