package org.coopflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.calendar.CalendarKind;
import org.coopflow.calendar.WorkingCalendars;
import org.coopflow.notification.Notification;
import org.coopflow.notification.Notifier;
import org.coopflow.support.Api;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every step's due date and escalation ladder on the whole application, with the engine's clock moved
 * (ClockUtil) and the scan run by hand ({@link DeadlineScan#runNow()}, what every node does every 30 seconds).
 * Dates are pinned in the past (September 2026), so the scan never finds the open steps other tests leave behind.
 */
class StepDeadlinesIT extends MariaDbIntegrationTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessDriver driver;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    Deadlines deadlines;

    @Autowired
    DeadlineScan scan;

    @Autowired
    Notifier notifier;

    @Autowired
    WorkingCalendars calendars;

    @Autowired
    org.coopflow.audit.Timeline timeline;

    private Cast cast;

    @BeforeEach
    void cast() {
        cast = Cast.of(rest);
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void everyStepIsDueWhenItsServiceLevelSaysInItsHoldersCalendar() {
        at(LocalDateTime.of(2026, 9, 1, 10, 0), SEOUL); // a Tuesday, no holiday near
        Journey journey = Journeys.toAssigningExperts(cast);

        // nominateExperts: 5 Korean working days, one task per agency, each with its deadline
        for (Task nominate : openTasks(journey, "nominateExperts")) {
            assertThat(nominate.getDueDate().toInstant()).isEqualTo(seoul(2026, 9, 8, 18, 0));
            StepDeadline deadline = deadlines.of(nominate.getId()).orElseThrow();
            assertThat(deadline.calendar()).isEqualTo("KOREA");
            assertThat(deadline.workingDays()).isEqualTo(5);
            assertThat(deadline.responsible()).isEqualTo("MANAGER");
        }

        // the expert's answer: 3 Korean working days, and the timer that returns the slot comes at the same moment
        Journeys.nominate(cast.coordMois(), journey, "expert-mois");
        Task answer = openTasks(journey, "respondToAssignment").get(0);
        assertThat(answer.getDueDate().toInstant()).isEqualTo(seoul(2026, 9, 4, 18, 0));
        Job silence = management.createJobQuery().executionId(answer.getExecutionId()).timers().singleResult();
        assertThat(silence.getDuedate().toInstant()).isEqualTo(answer.getDueDate().toInstant());
        assertThat(deadlines.of(answer.getId()).orElseThrow().responsible()).isEqualTo("AGENCY_COORDINATOR");
    }

    @Test
    void thePartnersStepCountsThePartnersWorkingDaysAndItsLapseComesAtTheSameMoment() {
        // Friday 10 April 2026, 16:00 in Phnom Penh; Khmer New Year is Tuesday 14 to Thursday 16 April
        at(LocalDateTime.of(2026, 4, 10, 16, 0), PHNOM_PENH);
        Journey journey = Journeys.submitted(cast);
        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "How many provinces should enrol first?"));

        Task answer = openTasks(journey, "answerClarification").get(0);
        Instant due = calendars.due(CalendarKind.PARTNER, "KH-MOI", ClockUtil.getCurrentTime().toInstant(), 30);
        assertThat(answer.getDueDate().toInstant()).isEqualTo(due);
        assertThat(due.atZone(PHNOM_PENH).toLocalTime()).hasHour(18);
        Job lapse = management.createJobQuery().executionId(answer.getExecutionId()).timers().singleResult();
        assertThat(lapse.getDuedate().toInstant()).isEqualTo(due);
        StepDeadline deadline = deadlines.of(answer.getId()).orElseThrow();
        assertThat(deadline.calendar()).isEqualTo("PARTNER");
        assertThat(deadline.partnerOrg()).isEqualTo("KH-MOI");
    }

    @Test
    void aScreeningThatComesBackAfterAClarificationGetsAFreshDueDate() {
        at(LocalDateTime.of(2026, 9, 1, 10, 0), SEOUL);
        Journey journey = Journeys.submitted(cast);
        assertThat(openTasks(journey, "screenRequest").get(0).getDueDate().toInstant())
                .isEqualTo(seoul(2026, 9, 8, 18, 0));
        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "Which provinces first?"));

        // the partner answers two weeks later, after the first screening's due date
        at(LocalDateTime.of(2026, 9, 15, 11, 0), SEOUL);
        cast.partner().complete(journey.id(), "answerClarification",
                Map.of("clarificationAnswer", "Phnom Penh and Siem Reap."));

        Task again = openTasks(journey, "screenRequest").get(0);
        // five Korean working days from the return: 16, 17, 18, 21, 22 September
        assertThat(again.getDueDate().toInstant()).isEqualTo(seoul(2026, 9, 22, 18, 0));
        at(LocalDateTime.of(2026, 9, 16, 9, 0), SEOUL);
        scan.runNow();
        assertThat(deadlines.remindersOf(journey.id())).as("not overdue at once").isEmpty();
    }

    @Test
    void theLadderRemindsTheHolderThenAtTheDueDateThenTellsTheManagersWithoutTakingTheStepAway() {
        // Friday 18 September 2026, 15:00 in Seoul: screening is due on Tuesday 29 September at 18:00 (Chuseok is
        // Thursday 24 to Saturday 26); 60 % of its 5 working days have passed on Wednesday 23 at 18:00
        at(LocalDateTime.of(2026, 9, 18, 15, 0), SEOUL);
        Journey journey = Journeys.submitted(cast);
        String taskId = cast.intake().taskId(journey.id(), "screenRequest");
        cast.intake().post("/api/v1/tasks/" + taskId + "/claim", null);

        at(LocalDateTime.of(2026, 9, 23, 17, 59), SEOUL);
        scan.runNow();
        assertThat(deadlines.remindersOf(journey.id())).isEmpty();

        at(LocalDateTime.of(2026, 9, 23, 18, 1), SEOUL);
        scan.runNow();
        scan.runNow();
        List<StepReminder> reminded = deadlines.remindersOf(journey.id());
        assertThat(reminded).extracting(StepReminder::rung).containsExactly(Rung.SHARE);
        assertThat(reminded.get(0).assignee()).isEqualTo("intake");
        assertThat(mailsTo(journey, "intake@mois.go.kr.example")).hasSize(1);

        at(LocalDateTime.of(2026, 9, 29, 18, 0).plusSeconds(30), SEOUL);
        scan.runNow();
        assertThat(deadlines.remindersOf(journey.id())).extracting(StepReminder::rung)
                .containsExactly(Rung.SHARE, Rung.DUE);
        assertThat(mailsTo(journey, "intake@mois.go.kr.example")).hasSize(2);
        assertThat(mailsTo(journey, "director@mois.go.kr.example")).isEmpty();

        // one working day after the due date (Wednesday 30 September, 18:00) the managers are told
        at(LocalDateTime.of(2026, 9, 30, 17, 59), SEOUL);
        scan.runNow();
        assertThat(deadlines.remindersOf(journey.id())).hasSize(2);
        at(LocalDateTime.of(2026, 9, 30, 18, 1), SEOUL);
        scan.runNow();
        List<StepReminder> all = deadlines.remindersOf(journey.id());
        assertThat(all).extracting(StepReminder::rung).containsExactly(Rung.SHARE, Rung.DUE, Rung.ESCALATION);
        assertThat(all.get(2).notifiedGroup()).isEqualTo("manager");
        assertThat(mailsTo(journey, "director@mois.go.kr.example")).singleElement()
                .satisfies(mail -> assertThat(mail.subject).contains(journey.reference()));

        // never a takeover: intake still holds the same step, and the ladder is done
        assertThat(cast.intake().taskId(journey.id(), "screenRequest")).isEqualTo(taskId);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("intake");
        assertThat(driver.instance(journey.reference(), "requestScreening")).isWaitingAt("screenRequest");
        at(LocalDateTime.of(2026, 12, 31, 12, 0).minusMonths(2), SEOUL);
        scan.runNow();
        assertThat(deadlines.remindersOf(journey.id())).hasSize(3);

        List<Map<String, Object>> history = cast.manager().history(journey.id());
        assertThat(history).filteredOn(e -> "DEADLINE_REMINDED".equals(e.get("eventType")))
                .extracting(e -> e.get("decision")).containsExactly("SHARE", "DUE");
        assertThat(history).filteredOn(e -> "DEADLINE_ESCALATED".equals(e.get("eventType"))).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("decision")).isEqualTo("MANAGER");
                    assertThat(e.get("onDate")).isEqualTo("2026-09-29");
                    assertThat((String) e.get("what")).contains("29");
                });
    }

    @Test
    void aPartnersStepRemindsThePartnersStaffAndItsOwnViewShowsIt() {
        at(LocalDateTime.of(2026, 4, 10, 16, 0), PHNOM_PENH);
        Journey journey = Journeys.submitted(cast);
        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "How many provinces should enrol first?"));
        StepDeadline deadline = deadlines.of(openTasks(journey, "answerClarification").get(0).getId()).orElseThrow();

        ClockUtil.setCurrentTime(Date.from(deadline.nextAt().plusSeconds(60)));
        scan.runNow();

        assertThat(deadlines.remindersOf(journey.id())).singleElement().satisfies(r -> {
            assertThat(r.rung()).isEqualTo(Rung.SHARE);
            assertThat(r.assignee()).isNull();
            assertThat(r.groups()).containsExactly("partner:KH-MOI");
        });
        assertThat(mailsTo(journey, "sokha.chan@interior.gov.kh.example")).isNotEmpty();
        assertThat(partnerProgress(journey)).contains("DEADLINE_REMINDED");
    }

    @Test
    void aStepThatEndsTakesItsLadderWithIt() {
        at(LocalDateTime.of(2026, 9, 1, 10, 0), SEOUL);
        Journey journey = Journeys.submitted(cast);
        String taskId = cast.intake().taskId(journey.id(), "screenRequest");
        assertThat(deadlines.of(taskId)).isPresent();

        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "ACCEPT"));

        assertThat(deadlines.of(taskId)).isEmpty();
        at(LocalDateTime.of(2026, 9, 30, 10, 0), SEOUL);
        scan.runNow();
        assertThat(deadlines.remindersOf(journey.id())).allSatisfy(r -> assertThat(r.taskId()).isNotEqualTo(taskId));
    }

    @Test
    void twoNodesScanningAtOnceSendEachRungOnce() throws Exception {
        at(LocalDateTime.of(2026, 9, 1, 10, 0), SEOUL);
        List<Journey> journeys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            journeys.add(Journeys.submitted(cast));
        }
        at(LocalDateTime.of(2026, 9, 4, 18, 1), SEOUL); // past 60 % of the screenings' five working days
        CyclicBarrier start = new CyclicBarrier(2);
        Date now = ClockUtil.getCurrentTime();
        List<CompletableFuture<Integer>> nodes = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
            ClockUtil.setCurrentTime(now);
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return scan.runNow();
        })).toList();
        for (CompletableFuture<Integer> node : nodes) {
            node.get();
        }

        for (Journey journey : journeys) {
            assertThat(deadlines.remindersOf(journey.id())).as(journey.reference()).singleElement()
                    .satisfies(r -> assertThat(r.rung()).isEqualTo(Rung.SHARE));
            assertThat(cast.manager().history(journey.id())).filteredOn(e -> "DEADLINE_REMINDED".equals(e.get("eventType")))
                    .hasSize(1);
        }
    }

    // --- helpers

    private static void at(LocalDateTime local, ZoneId zone) {
        ClockUtil.setCurrentTime(Date.from(local.atZone(zone).toInstant()));
    }

    private static Instant seoul(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SEOUL).toInstant();
    }

    private List<Task> openTasks(Journey journey, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(journey.reference()).taskDefinitionKey(taskKey)
                .list();
    }

    private List<Notification> mailsTo(Journey journey, String email) {
        return notifier.sentFor(journey.id()).stream().filter(n -> email.equals(n.recipient))
                .filter(n -> n.subject.contains(journey.reference())).toList();
    }

    private List<String> partnerProgress(Journey journey) {
        return timeline.forPartner(journey.id(), java.util.Locale.ENGLISH).stream()
                .map(line -> line.entry().eventType().name()).toList();
    }
}
