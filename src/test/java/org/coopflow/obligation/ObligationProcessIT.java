package org.coopflow.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coopflow.attachment.Attachment;
import org.coopflow.attachment.Attachments;
import org.coopflow.attachment.Upload;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.notification.MailPreference;
import org.coopflow.notification.MailPreferences;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Paths through {@code obligationOccurrence} and {@code mouTerm}, from the MOU's signing on: each commitment's first
 * occurrence scheduled with its reminder, coming due on its date as a task of the responsible side (a Korean agency's
 * coordinators or the partner), fulfilled with evidence, or overdue and reported without being taken away; a
 * recurring obligation's next occurrence; the renewal notice, the expiry notice and the expiry. Timers are fired by
 * the test, with the engine's clock moved to their dates.
 */
class ObligationProcessIT extends MariaDbIntegrationTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessDriver driver;
    @Autowired
    Obligations obligations;
    @Autowired
    Attachments attachments;
    @Autowired
    CoopFlowUserDetailsService users;
    @Autowired
    ManagementService management;
    @Autowired
    MailPreferences preferences;
    @Autowired
    JdbcTemplate jdbc;

    Cast cast;

    @BeforeEach
    void cast() {
        cast = Cast.of(rest);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void anAgencysObligationIsRemindedComesDueOnItsDateAndIsFulfilledWithEvidence(CapturedOutput log) {
        LocalDate due = LocalDate.now().plusDays(60);
        Journey journey = Signings.signed(cast, driver, Signings.form(null, null, null,
                List.of(Signings.obligation("Article 4", "MOIS", "ONCE", due))));
        MouTerm term = obligations.termsOfRequest(journey.id()).get(0);
        assertThat(term.inForceFrom()).isEqualTo(LocalDate.now()); // the date of signing
        assertThat(term.expiresOn()).isNull();
        Obligation obligation = obligations.obligationsOf(term.id()).get(0);
        Occurrence first = obligations.occurrences(obligation.id()).get(0);
        assertThat(first.dueOn()).isEqualTo(due);
        assertThat(first.status()).isEqualTo(OccurrenceStatus.SCHEDULED);
        ProcessInstance occurrence = occurrenceInstance(first.id());
        assertThat(occurrence).isWaitingAt("reminderTimeReached").hasPassed("remindFirst");
        // nobody is reminded before the reminder time, 30 days ahead of the date
        assertThat(timerDue(occurrence, "reminderTimeReached"))
                .isEqualTo(due.minusDays(30).atTime(9, 0).atZone(SEOUL).toInstant());

        fireAt(occurrence, "reminderTimeReached");
        assertThat(occurrence).isWaitingAt("dueDateReached").hasPassed("remindResponsible");
        assertThat(obligations.occurrence(first.id()).remindedAt()).isNotNull();
        // to MOIS's coordinators, once each, through their inbox (e-mailed at once, as they chose), leading to it
        assertThat(items(journey, "OBLIGATION_REMINDED")).singleElement().satisfies(item -> {
            assertThat(item.get("username")).isEqualTo("coord-mois");
            assertThat(item.get("mail")).isEqualTo("AT_ONCE");
            assertThat(item.get("target_link")).isEqualTo("/obligations/" + obligation.id());
            assertThat((String) item.get("note")).startsWith("Article 4: ");
        });
        assertThat(mailsTo("coord-mois", journey)).filteredOn(subject -> subject.contains("Article 4")).hasSize(1);
        assertThat(cast.coordMois().tasks(journey.id(), ObligationProcess.TASK_FULFIL)).isEmpty();

        // the task arrives on its date (the start of the day in Seoul for a Korean agency)
        assertThat(timerDue(occurrence, "dueDateReached")).isEqualTo(due.atStartOfDay(SEOUL).toInstant());
        fireAt(occurrence, "dueDateReached");
        assertThat(occurrence).isWaitingAt("fulfilObligation").hasPassed("openOccurrence");
        Occurrence open = obligations.occurrence(first.id());
        assertThat(open.status()).isEqualTo(OccurrenceStatus.DUE);
        assertThat(open.fulfilBy()).isAfter(due.atStartOfDay(SEOUL).toInstant().plusSeconds(10 * 86_400));
        assertThat(cast.coordMois().tasks(journey.id(), ObligationProcess.TASK_FULFIL)).hasSize(1);
        assertThat(cast.coordKomsco().tasks(journey.id(), ObligationProcess.TASK_FULFIL)).isEmpty();
        assertThat(cast.partner().tasks(journey.id(), ObligationProcess.TASK_FULFIL)).isEmpty();
        // due when the MOU says, not by a service level: that the decision does not list the step is no warning
        assertThat(log.getOut()).doesNotContain("no rule for step " + ObligationProcess.TASK_FULFIL);

        Attachment minutes = attachments.upload(users.loadUserByUsername("coord-mois").user(), journey.id(),
                new Upload("joint-committee-minutes.pdf", pdf()));
        cast.coordMois().complete(journey.id(), ObligationProcess.TASK_FULFIL,
                Map.of("evidence", String.valueOf(minutes.id()), "fulfilmentNote", "Committee met in Seoul."));

        assertThat(occurrence).isEnded().hasPassed("obligationFulfilled").hasNotPassed("reportOverdue");
        Occurrence met = obligations.occurrence(first.id());
        assertThat(met.status()).isEqualTo(OccurrenceStatus.FULFILLED);
        assertThat(met.evidenceId()).isEqualTo(minutes.id());
        assertThat(met.fulfilledBy()).isEqualTo("coord-mois");
        // a one-off obligation has no next occurrence
        assertThat(obligations.occurrences(obligation.id())).hasSize(1);
        assertThat(cast.manager().history(journey.id())).extracting(e -> e.get("eventType"))
                .contains("MOU_TERM_RECORDED", "OBLIGATION_RECORDED", "OBLIGATION_REMINDED", "OBLIGATION_CAME_DUE",
                        "OBLIGATION_FULFILLED");
    }

    @Test
    void aPartnersRecurringObligationComesDueInThePartnersListAndSchedulesTheNextOne() {
        LocalDate due = LocalDate.now().plusDays(10); // within the reminder period: reminded at once
        Journey journey = Signings.signed(cast, driver, Signings.form(null, null, null,
                List.of(Signings.obligation("Article 6", "PARTNER", "QUARTERLY", due))));
        Obligation obligation = obligations.obligationsOf(obligations.termsOfRequest(journey.id()).get(0).id()).get(0);
        assertThat(obligation.partyKind()).isEqualTo(PartyKind.PARTNER);
        assertThat(obligation.partyCode()).isEqualTo("KH-MOI");
        Occurrence first = obligations.occurrences(obligation.id()).get(0);
        ProcessInstance occurrence = occurrenceInstance(first.id());
        fireAt(occurrence, "reminderTimeReached");
        // the partner's date starts in Phnom Penh
        assertThat(timerDue(occurrence, "dueDateReached"))
                .isEqualTo(due.atStartOfDay(ZoneId.of("Asia/Phnom_Penh")).toInstant());
        fireAt(occurrence, "dueDateReached");

        assertThat(cast.partner().tasks(journey.id(), ObligationProcess.TASK_FULFIL)).hasSize(1);
        assertThat(cast.coordMois().tasks(journey.id(), ObligationProcess.TASK_FULFIL)).isEmpty();
        List<Occurrence> both = obligations.occurrences(obligation.id());
        assertThat(both).extracting(Occurrence::seqNo, Occurrence::dueOn, Occurrence::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, due, OccurrenceStatus.DUE),
                org.assertj.core.groups.Tuple.tuple(2, due.plusMonths(3), OccurrenceStatus.SCHEDULED));
        assertThat(occurrenceInstance(both.get(1).id())).isWaitingAt("reminderTimeReached");
    }

    @Test
    void anObligationPastItsDeadlineIsReportedAndStaysOpen() {
        LocalDate due = LocalDate.now().minusDays(1); // recorded late: due at once, no reminder
        Journey journey = Signings.signed(cast, driver, Signings.form(LocalDate.now().minusDays(5), null, null,
                List.of(Signings.obligation("Article 7", "MOIS", "ONCE", due))));
        Occurrence first = obligations.occurrences(obligations.obligationsOf(
                obligations.termsOfRequest(journey.id()).get(0).id()).get(0).id()).get(0);
        ProcessInstance occurrence = occurrenceInstance(first.id());
        assertThat(occurrence).isWaitingAt("dueDateReached").hasPassed("remindFirst").hasNotPassed("remindResponsible");
        fireAt(occurrence, "dueDateReached");
        String task = cast.coordMois().taskId(journey.id(), ObligationProcess.TASK_FULFIL);

        fireAt(occurrence, "fulfilmentOverdue");

        assertThat(occurrence).isWaitingAt("fulfilObligation").hasPassed("reportOverdue", "overdueReported");
        assertThat(cast.coordMois().taskId(journey.id(), ObligationProcess.TASK_FULFIL)).isEqualTo(task);
        assertThat(obligations.occurrence(first.id()).status()).isEqualTo(OccurrenceStatus.OVERDUE);
        // the responsible side, the lead agency's coordinators (the same people here) and the managers: once each
        assertThat(items(journey, "OBLIGATION_OVERDUE")).extracting(item -> item.get("username"))
                .containsExactlyInAnyOrder("coord-mois", "manager");
        assertThat(cast.manager().history(journey.id())).extracting(e -> e.get("eventType"))
                .contains("OBLIGATION_OVERDUE");
    }

    @Test
    void fulfilmentNeedsEvidenceOfTheRequest() {
        LocalDate due = LocalDate.now();
        Journey journey = Signings.signed(cast, driver, Signings.form(null, null, null,
                List.of(Signings.obligation("Article 8", "MOIS", "ONCE", due))));
        Occurrence first = obligations.occurrences(obligations.obligationsOf(
                obligations.termsOfRequest(journey.id()).get(0).id()).get(0).id()).get(0);
        fireAt(occurrenceInstance(first.id()), "dueDateReached");

        ResponseEntity<Map<String, Object>> without = Journeys.submitForm(cast.coordMois(), journey,
                ObligationProcess.TASK_FULFIL, Map.of("fulfilmentNote", "Done."));
        assertThat(without.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<Map<String, Object>> foreign = Journeys.submitForm(cast.coordMois(), journey,
                ObligationProcess.TASK_FULFIL, Map.of("evidence", "999999"));
        assertThat(foreign.getStatusCode().value()).isEqualTo(400);
        assertThat(obligations.occurrence(first.id()).status()).isEqualTo(OccurrenceStatus.DUE);
    }

    @Test
    void theTermSendsTheRenewalNoticeTheExpiryNoticeAndExpires() {
        LocalDate expires = LocalDate.now().plusYears(5);
        Journey journey = Signings.signed(cast, driver, Signings.form(null, expires, 180, List.of()));
        MouTerm term = obligations.termsOfRequest(journey.id()).get(0);
        assertThat(term.renewalNoticeOn()).isEqualTo(expires.minusDays(180));
        ProcessInstance instance = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(ObligationProcess.PROCESS_TERM)
                .variableValueEquals(ObligationProcess.VAR_TERM_ID, term.id()).singleResult();
        assertThat(instance).isWaitingAt("renewalNoticeDue");
        assertThat(timerDue(instance, "renewalNoticeDue"))
                .isEqualTo(expires.minusDays(180).atTime(9, 0).atZone(SEOUL).toInstant());

        // a manager who wants no e-mail still finds the notice in the inbox, and is mailed nothing
        preferences.choose("manager", MailPreference.NONE);
        try {
            fireAt(instance, "renewalNoticeDue");
        } finally {
            preferences.choose("manager", MailPreference.AT_ONCE);
        }
        assertThat(instance).isWaitingAt("expiryNoticeDue").hasPassed("sendRenewalNotice");
        assertThat(obligations.term(term.id()).status()).isEqualTo(TermStatus.EXPIRING);
        assertThat(items(journey, "MOU_RENEWAL_DUE")).extracting(item -> item.get("username"), item -> item.get("mail"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("coord-mois", "AT_ONCE"),
                        org.assertj.core.groups.Tuple.tuple("manager", "NONE"));
        assertThat(mailsTo("manager", journey)).noneMatch(subject -> subject.contains(term.title()));
        assertThat(mailsTo("coord-mois", journey)).filteredOn(subject -> subject.contains(term.title())).hasSize(1);

        fireAt(instance, "expiryNoticeDue");
        assertThat(instance).isWaitingAt("expiryDateReached").hasPassed("sendExpiryNotice");
        assertThat(obligations.term(term.id()).expiryNoticedAt()).isNotNull();

        assertThat(timerDue(instance, "expiryDateReached")).isEqualTo(expires.plusDays(1).atStartOfDay(SEOUL).toInstant());
        fireAt(instance, "expiryDateReached");
        assertThat(instance).isEnded().hasPassed("recordExpiry", "mouExpired");
        assertThat(obligations.term(term.id()).status()).isEqualTo(TermStatus.EXPIRED);
        for (String kind : List.of("MOU_EXPIRY_NEAR", "MOU_EXPIRED")) {
            assertThat(items(journey, kind)).as(kind).extracting(item -> item.get("username"))
                    .containsExactlyInAnyOrder("coord-mois", "manager");
        }
        assertThat(cast.manager().history(journey.id())).extracting(e -> e.get("eventType"))
                .contains("MOU_RENEWAL_DUE", "MOU_EXPIRY_NEAR", "MOU_EXPIRED");
    }

    @Test
    void aShortNoticePeriodSendsNoSecondNoticeAndAnMouWithoutExpiryHasNoTermProcess() {
        Journey shortNotice = Signings.signed(cast, driver, Signings.form(null, LocalDate.now().plusYears(1), 10,
                List.of()));
        MouTerm term = obligations.termsOfRequest(shortNotice.id()).get(0);
        ProcessInstance instance = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(ObligationProcess.PROCESS_TERM)
                .variableValueEquals(ObligationProcess.VAR_TERM_ID, term.id()).singleResult();
        fireAt(instance, "renewalNoticeDue");
        assertThat(instance).isWaitingAt("expiryDateReached").hasPassed("noticesSent").hasNotPassed("sendExpiryNotice");

        Journey openEnded = Signings.signed(cast, driver, Signings.form(null, null, null, List.of()));
        MouTerm open = obligations.termsOfRequest(openEnded.id()).get(0);
        assertThat(open.status()).isEqualTo(TermStatus.IN_FORCE);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ObligationProcess.PROCESS_TERM)
                .variableValueEquals(ObligationProcess.VAR_TERM_ID, open.id()).count()).isZero();
    }

    @Test
    void aCommitmentOutsideTheTermIsRefusedAtItsCellAndNothingIsSigned() {
        Journey journey = Signings.toSigning(cast, driver);
        LocalDate inForce = LocalDate.now().plusDays(10);
        ResponseEntity<Map<String, Object>> refused = Journeys.submitForm(cast.coordMois(), journey, "recordMouSigning",
                Signings.form(inForce, inForce.plusYears(2), null, List.of(
                        Signings.obligation("Article 2", "MOIS", "YEARLY", inForce.plusMonths(1)),
                        Signings.obligation("Article 3", "PARTNER", "ONCE", inForce.minusDays(1)))));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().toString()).contains("mouObligations[1].obligationFirstDue", "mouRenewalNoticeDays");
        assertThat(obligations.termsOfRequest(journey.id())).isEmpty();
        assertThat(driver.instance(journey.reference(), "mouDrafting")).isNotNull();
        assertThat(cast.coordMois().tasks(journey.id(), "recordMouSigning")).hasSize(1);
    }

    // ---- helpers

    private ProcessInstance occurrenceInstance(Long occurrenceId) {
        return runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(ObligationProcess.PROCESS_OCCURRENCE)
                .variableValueEquals(ObligationProcess.VAR_OCCURRENCE_ID, occurrenceId).singleResult();
    }

    private static Instant timerDue(ProcessInstance instance, String activityId) {
        return jobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult().getDuedate()
                .toInstant();
    }

    /** Moves the engine's clock to the timer's date; the job is then due, as the job executor would find it. */
    private void fireAt(ProcessInstance instance, String activityId) {
        Job job = jobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
        assertThat(job).as(activityId).isNotNull();
        ClockUtil.setCurrentTime(Date.from(job.getDuedate().toInstant().plusSeconds(1)));
        assertThat(management.createJobQuery().jobId(job.getId()).executable().count()).as(activityId + " due")
                .isEqualTo(1);
        management.executeJob(job.getId());
    }

    /** The inbox items of this kind on the request: the obligation module mails nobody itself. */
    private List<Map<String, Object>> items(Journey journey, String kind) {
        return jdbc.queryForList("SELECT username, mail, target_link, note FROM inbox_item WHERE request_id = ?"
                + " AND kind = ? ORDER BY id", journey.id(), kind);
    }

    private List<String> mailsTo(String username, Journey journey) {
        return jdbc.queryForList("SELECT n.subject FROM notification n JOIN app_user u ON u.email = n.recipient"
                + " WHERE u.username = ? AND n.request_id = ? ORDER BY n.id", String.class, username, journey.id());
    }

    static byte[] pdf() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("evidence", ".pdf");
            byte[] bytes = java.nio.file.Files.readAllBytes(
                    org.coopflow.support.TestFiles.minimalPdf(file, "Joint committee minutes"));
            java.nio.file.Files.delete(file);
            return bytes;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
