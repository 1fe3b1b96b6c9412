package org.coopflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.calendar.CalendarKind;
import org.coopflow.calendar.WorkingCalendars;
import org.coopflow.deadline.DeadlineProcess;
import org.coopflow.deadline.DeadlineScan;
import org.coopflow.deadline.Deadlines;
import org.coopflow.deadline.StepDeadline;
import org.coopflow.notification.MailPreference;
import org.coopflow.notification.MailPreferences;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deadline module's events reach people through the inbox alone: the ladder's reminders and escalation, requests
 * for more time and their answers become items of whoever they concern, and e-mail follows each account's choice. The
 * engine's clock is pinned in the past (June 2026, a period of this test's own), the ladder's scan run by hand.
 */
class DeadlineNewsIT extends MariaDbIntegrationTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    DeadlineScan scan;

    @Autowired
    Deadlines deadlines;

    @Autowired
    InboxMapper mapper;

    @Autowired
    InboxWording wording;

    @Autowired
    InboxSchedule schedule;

    @Autowired
    DailyDigest digest;

    @Autowired
    MailPreferences preferences;

    @Autowired
    TaskService tasks;

    @Autowired
    WorkingCalendars calendars;

    @Autowired
    JdbcTemplate jdbc;

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
    void aReminderReachesTheHoldersInboxAndOneMailForWhoWantsItAtOnce() {
        at(LocalDateTime.of(2026, 6, 1, 10, 0));
        Journey journey = Journeys.submitted(cast);
        String taskId = cast.intake().taskId(journey.id(), "screenRequest");
        // a colleague the step is offered to personally (as to a substitute), who wants e-mail at once
        String colleague = account(MailPreference.AT_ONCE);
        tasks.addCandidateUser(taskId, colleague);

        reachFirstRung(taskId);

        for (String holder : List.of(colleague, "intake", "intake-2")) {
            assertThat(itemsAbout(holder, taskId)).as(holder).singleElement().satisfies(item -> {
                assertThat(item.kind).isEqualTo(ItemKind.STEP_REMINDED);
                assertThat(item.code).isEqualTo("SHARE");
                assertThat(item.targetLink).isEqualTo("/tasks/" + taskId);
                assertThat(item.dueAt).isEqualTo(deadlines.of(taskId).orElseThrow().dueAt());
            });
        }
        List<Map<String, Object>> mails = mailsTo(colleague);
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat((String) mail.get("subject")).contains("Reminder", journey.reference());
            assertThat((String) mail.get("body")).contains("/inbox/" + itemsAbout(colleague, taskId).get(0).id);
        });
        assertThat(itemsAbout("partner-kh", taskId)).isEmpty();

        // once intake takes the step, the reminder is no longer news to the others it was offered to
        cast.intake().post("/api/v1/tasks/" + taskId + "/claim", null);
        assertThat(itemsAbout("intake-2", taskId)).singleElement().satisfies(item -> assertThat(item.unread()).isFalse());
    }

    @Test
    void aDigestReaderIsNotMailedAtOnceAndFindsTheReminderInTheDigest() {
        at(LocalDateTime.of(2026, 6, 8, 10, 0));
        Journey journey = Journeys.submitted(cast);
        String taskId = cast.intake().taskId(journey.id(), "screenRequest");
        String colleague = account(MailPreference.DIGEST);
        tasks.addCandidateUser(taskId, colleague);

        reachFirstRung(taskId);

        assertThat(itemsAbout(colleague, taskId)).singleElement()
                .satisfies(item -> assertThat(item.mail).isEqualTo("DIGEST"));
        assertThat(mailsTo(colleague)).isEmpty();

        digest.sendDue(LocalDateTime.of(2032, 6, 9, 9, 0).atZone(SEOUL).toInstant());

        assertThat(mailsTo(colleague)).singleElement().satisfies(mail ->
                assertThat((String) mail.get("body")).contains("Reminder", journey.reference(), "Screen"));
        assertThat(itemsAbout(colleague, taskId)).singleElement()
                .satisfies(item -> assertThat(item.mail).isEqualTo("DIGESTED"));
    }

    @Test
    void theEscalationReachesTheResponsiblePartyAndLeadsToThePendingSteps() {
        at(LocalDateTime.of(2026, 6, 15, 10, 0));
        Journey journey = Journeys.submitted(cast);
        String taskId = cast.intake().taskId(journey.id(), "screenRequest");
        cast.intake().post("/api/v1/tasks/" + taskId + "/claim", null);

        // every rung of the ladder: the reminder, the one at the due date, the escalation to the managers
        StepDeadline deadline = deadlines.of(taskId).orElseThrow();
        for (int rung = 0; rung < 3; rung++) {
            Instant next = deadlines.of(taskId).orElseThrow().nextAt();
            ClockUtil.setCurrentTime(Date.from(next.plusSeconds(60)));
            scan.runNow();
        }

        assertThat(itemsAbout("intake", taskId)).extracting(i -> i.kind + ":" + i.code)
                .containsExactly("STEP_REMINDED:SHARE", "STEP_REMINDED:DUE");
        assertThat(itemsAbout("intake-2", taskId)).as("the holder alone is reminded").isEmpty();
        assertThat(itemsAbout("manager", taskId)).singleElement().satisfies(item -> {
            assertThat(item.kind).isEqualTo(ItemKind.STEP_ESCALATED);
            assertThat(item.dueAt).isEqualTo(deadline.dueAt());
            assertThat(item.targetLink).isEqualTo("/requests/" + journey.id() + "#pending");
        });
        assertThat(mailsTo("manager")).filteredOn(m -> ((String) m.get("subject")).contains(journey.reference()))
                .singleElement().satisfies(mail -> assertThat((String) mail.get("subject")).contains("기한 초과"));

        // nothing besides the ladder announces the due date: the inbox's own pass adds no item
        schedule.pass();
        assertThat(itemsAbout("intake", taskId)).hasSize(2);
        assertThat(itemsAbout("manager", taskId)).hasSize(1);
    }

    @Test
    void aGrantedExtensionTellsTheAskerTheNewDueDateAndTheDecidersWhoAskedAndWhy() {
        at(LocalDateTime.of(2026, 6, 22, 10, 0));
        Journey journey = Journeys.submitted(cast);
        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "Which provinces enrol first?"));
        String taskId = cast.partner().taskId(journey.id(), "answerClarification");
        Instant dueBefore = tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate().toInstant();

        ResponseEntity<Map<String, Object>> asked = cast.partner().post("/api/v1/tasks/" + taskId + "/extension",
                Map.of("days", 4, "reason", "Our minister signs after the provincial elections."));
        assertThat(asked.getStatusCode()).as("%s", asked).isEqualTo(HttpStatus.CREATED);

        Task decision = tasks.createTaskQuery().processInstanceBusinessKey(journey.reference())
                .taskDefinitionKey(DeadlineProcess.TASK_DECIDE_EXTENSION).singleResult();
        for (String intake : List.of("intake", "intake-2")) {
            assertThat(itemsAbout(intake, decision.getId())).as(intake).singleElement().satisfies(item -> {
                assertThat(item.kind).isEqualTo(ItemKind.EXTENSION_REQUESTED);
                assertThat(item.code).isEqualTo("answerClarification");
                assertThat(item.ordinal).isEqualTo(4);
                assertThat(item.actor).isEqualTo("partner-kh");
                assertThat(item.note).isEqualTo("Our minister signs after the provincial elections.");
                assertThat(item.targetLink).isEqualTo("/tasks/" + decision.getId());
            });
        }
        assertThat(mapper.findPage("intake", false, 0, 10_000)).filteredOn(i -> decision.getId().equals(i.taskId))
                .as("the decision is announced once, with who asks and why").hasSize(1);
        assertThat(mailsTo("intake")).filteredOn(m -> ((String) m.get("body")).contains(journey.reference()))
                .filteredOn(m -> ((String) m.get("body")).contains("provincial elections")).hasSize(1);

        cast.intake().complete(journey.id(), "decideExtension", Map.of("extensionDecision", "GRANT"));

        Instant newDue = calendars.due(CalendarKind.PARTNER, "KH-MOI", dueBefore, 4);
        assertThat(itemsAbout("partner-kh", taskId)).filteredOn(i -> i.kind == ItemKind.EXTENSION_DECIDED)
                .singleElement().satisfies(item -> {
                    assertThat(item.code).isEqualTo("GRANTED");
                    assertThat(item.dueAt).isEqualTo(newDue);
                    assertThat(item.actor).isEqualTo("intake");
                    assertThat(item.targetLink).isEqualTo("/tasks/" + taskId);
                    // the partner reads the agency that decided, never the official's name
                    Reader partner = mapper.findReaders(List.of("partner-kh")).get(0);
                    assertThat(wording.sentencesFor(partner, Locale.ENGLISH, PHNOM_PENH).of(item))
                            .contains("Ministry of the Interior and Safety", "granted", journey.reference())
                            .doesNotContain("Lee Ji-won");
                });
        assertThat(itemsAbout("intake", taskId)).filteredOn(i -> i.kind == ItemKind.EXTENSION_DECIDED).isEmpty();
        // the decision is taken: its items wait on nobody any more
        assertThat(itemsAbout("intake-2", decision.getId())).allSatisfy(i -> assertThat(i.stepClosedAt).isNotNull());
    }

    // --- helpers

    /** The step's first rung comes due (a share of its time): the scan reaches it, twice over, as two passes would. */
    private void reachFirstRung(String taskId) {
        Instant first = deadlines.of(taskId).orElseThrow().nextAt();
        ClockUtil.setCurrentTime(Date.from(first.plusSeconds(60)));
        scan.runNow();
        scan.runNow();
    }

    /** An official of MOIS of this test's own (in no group: nothing else reaches them), with this e-mail choice. */
    private String account(MailPreference choice) {
        String username = "dl-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO app_user (username, display_name, email, password_hash, organisation_code, locale,"
                + " time_zone, enabled) VALUES (?, 'Deadline Reader', ?, 'x', 'MOIS', 'en', 'Asia/Seoul', TRUE)",
                username, username + "@mois.go.kr.example");
        preferences.choose(username, choice);
        return username;
    }

    private List<InboxItem> itemsAbout(String username, String taskId) {
        return mapper.findPage(username, false, 0, 10_000).stream().filter(i -> taskId.equals(i.taskId))
                .filter(i -> i.kind != ItemKind.TASK_OFFERED && i.kind != ItemKind.TASK_ASSIGNED)
                .sorted(Comparator.comparing(i -> i.id)).toList();
    }

    private List<Map<String, Object>> mailsTo(String username) {
        return jdbc.queryForList("SELECT n.subject, n.body FROM notification n JOIN app_user u ON u.email = n.recipient"
                + " WHERE u.username = ? ORDER BY n.id", username);
    }

    private static void at(LocalDateTime inSeoul) {
        ClockUtil.setCurrentTime(Date.from(inSeoul.atZone(SEOUL).toInstant()));
    }
}
