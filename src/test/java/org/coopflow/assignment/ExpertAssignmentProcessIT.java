package org.coopflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Paths through {@code expertAssignment}: parallel nomination per involved agency, declines and silence
 * returning the slot to the agency's coordinator, the team confirmation (reopen, lead expert rule) and who
 * may answer an assignment.
 */
class ExpertAssignmentProcessIT extends MariaDbIntegrationTest {

    private static final String PROCESS = "expertAssignment";
    private static final List<String> STEPS = List.of("nominateExperts", "respondToAssignment", "confirmTeam");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Assignments assignments;

    Cast cast;

    @BeforeEach
    void cast() {
        cast = Cast.of(rest);
    }

    @Test
    void everyInvolvedAgencyNominatesInParallel() {
        Journey journey = Journeys.toAssigningExperts(cast);
        ProcessInstance assignment = driver.instance(journey.reference(), PROCESS);

        assertThat(assignment).isWaitingAt("nominateExperts").hasPassed("assignmentStarted");
        List<Task> nominations = nominationTasks(assignment);
        assertThat(nominations).hasSize(2);
        assertThat(nominations).extracting(t -> runtimeService().getVariable(t.getExecutionId(), "agency"))
                .containsExactlyInAnyOrder("MOIS", "KOMSCO");
        assertThat(taskQuery().processInstanceId(assignment.getId()).taskDefinitionKey("nominateExperts")
                .taskCandidateGroup("coordinator:MOIS").count()).isEqualTo(1);
        assertThat(taskQuery().processInstanceId(assignment.getId()).taskDefinitionKey("nominateExperts")
                .taskCandidateGroup("coordinator:KOMSCO").count()).isEqualTo(1);
        assertThat(cast.coordMois().tasks(journey.id(), "nominateExperts")).hasSize(1);
        assertThat(cast.coordKomsco().tasks(journey.id(), "nominateExperts")).hasSize(1);

        // MOIS moves on to its expert's answer while KOMSCO's nomination is still open
        Journeys.nominate(cast.coordMois(), journey, "expert-mois");
        assertThat(assignment).isWaitingAt("nominateExperts", "respondToAssignment").hasPassed("recordNominations");
        assertThat(nominationTasks(assignment)).hasSize(1);
        assertThat(cast.coordMois().tasks(journey.id(), "nominateExperts")).isEmpty();
        assertThat(cast.coordKomsco().tasks(journey.id(), "nominateExperts")).hasSize(1);
        assertThat(cast.expertMois().tasks(journey.id(), "respondToAssignment")).hasSize(1);

        Journeys.nominate(cast.coordKomsco(), journey, "expert-komsco");
        waitsOnlyAt(assignment, "respondToAssignment");
        assertThat(taskQuery().processInstanceId(assignment.getId()).taskDefinitionKey("respondToAssignment").list())
                .extracting(Task::getAssignee).containsExactlyInAnyOrder("expert-mois", "expert-komsco");

        Journeys.accept(cast.expertMois(), journey);
        Journeys.accept(cast.expertKomsco(), journey);
        waitsOnlyAt(assignment, "confirmTeam")
                .hasPassed("recordAssignmentResponse", "agencyNominated").hasNotPassed("expireAssignment");
        assertThat(cast.coordKomsco().tasks(journey.id(), "confirmTeam")).isEmpty();

        cast.coordMois().complete(journey.id(), "confirmTeam", Map.of("teamDecision", "CONFIRM", "leadExpert", "expert-mois"));
        assertThat(assignment).isEnded().hasPassed("teamAssembled");
        assertThat(driver.instance(journey.reference(), "cooperationRequest")).isWaitingAt("consultationStage");
        assertThat(cast.partner().status(journey.id())).isEqualTo("CONSULTATION");
        assertThat(assignments.accepted(journey.id())).extracting(ExpertAssignment::expertUsername, ExpertAssignment::leadExpert)
                .containsExactlyInAnyOrder(tuple("expert-mois", true),
                        tuple("expert-komsco", false));
        assertThat(assignments.of(journey.id())).extracting(ExpertAssignment::agencyCode, ExpertAssignment::nominatedBy)
                .containsExactlyInAnyOrder(tuple("MOIS", "coord-mois"),
                        tuple("KOMSCO", "coord-komsco"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void declinedSlotGoesBackToTheAgencysCoordinator() {
        Journey journey = Journeys.toExpertAnswers(cast);
        ProcessInstance assignment = driver.instance(journey.reference(), PROCESS);
        Journeys.accept(cast.expertKomsco(), journey);

        cast.expertMois().complete(journey.id(), "respondToAssignment",
                Map.of("assignmentDecision", "DECLINE", "declineReason", "On mission abroad in that period."));

        waitsOnlyAt(assignment, "nominateExperts").hasPassed("slotsOpen");
        assertThat(cast.coordMois().tasks(journey.id(), "nominateExperts")).hasSize(1);
        assertThat(cast.coordKomsco().tasks(journey.id(), "nominateExperts")).isEmpty();
        assertThat(cast.expertMois().tasks(journey.id(), "respondToAssignment")).isEmpty();
        ExpertAssignment declined = onlyAssignment(journey, "expert-mois");
        assertThat(declined.status()).isEqualTo(AssignmentStatus.DECLINED);
        assertThat(declined.responseReason()).isEqualTo("On mission abroad in that period.");
        assertThat(cast.manager().history(journey.id()))
                .filteredOn(e -> "ASSIGNMENT_ANSWERED".equals(e.get("eventType")) && "DECLINED".equals(e.get("decision")))
                .extracting(e -> String.valueOf(e.get("reason"))).containsExactly("On mission abroad in that period.");

        // the coordinator is offered the other MOIS expert and nominates her, who accepts
        String taskId = cast.coordMois().taskId(journey.id(), "nominateExperts");
        Map<String, Object> form = cast.coordMois().get("/api/v1/tasks/" + taskId + "/form").getBody();
        List<Map<String, Object>> fields = (List<Map<String, Object>>) form.get("fields");
        assertThat(fields).as("form %s", form).isNotNull();
        Map<String, Object> nominated = fields.stream().filter(f -> "nominatedExperts".equals(f.get("key"))).findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) nominated.get("options")).extracting(o -> o.get("value"))
                .contains("expert-mois", "expert-mois-2");

        Journeys.nominate(cast.coordMois(), journey, "expert-mois-2");
        waitsOnlyAt(assignment, "respondToAssignment");
        assertThat(cast.expertMois2().tasks(journey.id(), "respondToAssignment")).hasSize(1);
        Journeys.accept(cast.expertMois2(), journey);

        waitsOnlyAt(assignment, "confirmTeam");
        ExpertAssignment replacement = onlyAssignment(journey, "expert-mois-2");
        assertThat(replacement.status()).isEqualTo(AssignmentStatus.ACCEPTED);
        assertThat(replacement.roundNo()).isEqualTo(declined.roundNo() + 1);
        cast.coordMois().complete(journey.id(), "confirmTeam", Map.of("teamDecision", "CONFIRM", "leadExpert", "expert-mois-2"));
        assertThat(assignment).isEnded();
    }

    @Test
    void silentExpertsSlotGoesBackWhenTheTimerFires() {
        Journey journey = Journeys.toExpertAnswers(cast);
        ProcessInstance assignment = driver.instance(journey.reference(), PROCESS);
        Journeys.accept(cast.expertKomsco(), journey);

        Job silence = jobQuery().processInstanceId(assignment.getId()).activityId("expertSilent").singleResult();
        assertThat(silence).isNotNull();
        // the expert has 3 Korean working days (serviceLevels): the slot returns when the answer is due
        org.camunda.bpm.engine.task.Task asked = taskQuery().processInstanceId(assignment.getId())
                .taskAssignee("expert-mois").taskDefinitionKey("respondToAssignment").singleResult();
        assertThat(silence.getDuedate().toInstant()).isEqualTo(asked.getDueDate().toInstant());
        assertThat(Duration.between(asked.getCreateTime().toInstant(), asked.getDueDate().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ofDays(3)).isLessThan(Duration.ofDays(12));
        waitsOnlyAt(assignment, "respondToAssignment");

        Journeys.fire(driver, journey, "expertSilent");

        waitsOnlyAt(assignment, "nominateExperts")
                .hasPassed("expireAssignment", "responseExpired", "slotsOpen");
        assertThat(cast.expertMois().tasks(journey.id(), "respondToAssignment")).isEmpty();
        assertThat(cast.coordMois().tasks(journey.id(), "nominateExperts")).hasSize(1);
        assertThat(onlyAssignment(journey, "expert-mois").status()).isEqualTo(AssignmentStatus.EXPIRED);

        Journeys.nominate(cast.coordMois(), journey, "expert-mois-2");
        Journeys.accept(cast.expertMois2(), journey);
        waitsOnlyAt(assignment, "confirmTeam");
    }

    @Test
    @SuppressWarnings("unchecked")
    void decliningWithoutAReasonIsRefused() {
        Journey journey = Journeys.toExpertAnswers(cast);
        ProcessInstance assignment = driver.instance(journey.reference(), PROCESS);

        ResponseEntity<Map<String, Object>> refused = Journeys.submitForm(cast.expertMois(), journey, "respondToAssignment",
                Map.of("assignmentDecision", "DECLINE"));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((Map<String, Object>) refused.getBody().get("errors")).containsOnlyKeys("declineReason");
        waitsOnlyAt(assignment, "respondToAssignment").hasNotPassed("recordAssignmentResponse");
        assertThat(cast.expertMois().tasks(journey.id(), "respondToAssignment")).hasSize(1);
        assertThat(onlyAssignment(journey, "expert-mois").status()).isEqualTo(AssignmentStatus.NOMINATED);
    }

    @Test
    void reopeningTheTeamAsksEveryAgencyAgain() {
        Journey journey = Journeys.toConfirmTeam(cast);
        ProcessInstance assignment = driver.instance(journey.reference(), PROCESS);

        cast.coordMois().complete(journey.id(), "confirmTeam",
                Map.of("teamDecision", "REOPEN", "teamNote", "We need a second MOIS expert."));

        waitsOnlyAt(assignment, "nominateExperts").hasPassed("teamConfirmed").isNotEnded();
        assertThat(nominationTasks(assignment)).hasSize(2)
                .extracting(t -> runtimeService().getVariable(t.getExecutionId(), "agency"))
                .containsExactlyInAnyOrder("MOIS", "KOMSCO");
        assertThat(cast.coordMois().tasks(journey.id(), "nominateExperts")).hasSize(1);
        assertThat(cast.coordKomsco().tasks(journey.id(), "nominateExperts")).hasSize(1);
        assertThat(cast.coordMois().tasks(journey.id(), "confirmTeam")).isEmpty();
        assertThat(cast.partner().status(journey.id())).isEqualTo("ASSIGNING_EXPERTS");

        Journeys.nominate(cast.coordMois(), journey, "expert-mois-2");
        Journeys.nominate(cast.coordKomsco(), journey, "expert-komsco");
        Journeys.accept(cast.expertMois2(), journey);
        Journeys.accept(cast.expertKomsco(), journey);
        waitsOnlyAt(assignment, "confirmTeam");
        cast.coordMois().complete(journey.id(), "confirmTeam", Map.of("teamDecision", "CONFIRM", "leadExpert", "expert-mois"));
        assertThat(assignment).isEnded();
    }

    @Test
    @SuppressWarnings("unchecked")
    void leadExpertMustComeFromTheLeadAgency() {
        Journey journey = Journeys.toConfirmTeam(cast);
        ProcessInstance assignment = driver.instance(journey.reference(), PROCESS);

        ResponseEntity<Map<String, Object>> refused = Journeys.submitForm(cast.coordMois(), journey, "confirmTeam",
                Map.of("teamDecision", "CONFIRM", "leadExpert", "expert-komsco"));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((Map<String, Object>) refused.getBody().get("errors")).containsOnlyKeys("leadExpert");
        waitsOnlyAt(assignment, "confirmTeam");
        assertThat(assignments.accepted(journey.id())).noneMatch(ExpertAssignment::leadExpert);

        // without a lead expert at all, CONFIRM is refused too
        ResponseEntity<Map<String, Object>> noLead = Journeys.submitForm(cast.coordMois(), journey, "confirmTeam",
                Map.of("teamDecision", "CONFIRM"));
        assertThat(noLead.getStatusCode().value()).isEqualTo(400);
        assertThat((Map<String, Object>) noLead.getBody().get("errors")).containsKey("leadExpert");

        cast.coordMois().complete(journey.id(), "confirmTeam", Map.of("teamDecision", "CONFIRM", "leadExpert", "expert-mois"));
        assertThat(assignment).isEnded();
    }

    @Test
    void anExpertCannotAnswerAnotherExpertsAssignment() {
        Journey journey = Journeys.toExpertAnswers(cast);
        ProcessInstance assignment = driver.instance(journey.reference(), PROCESS);
        String taskId = cast.expertMois().taskId(journey.id(), "respondToAssignment");

        assertThat(cast.expertKomsco().tasks(journey.id(), "respondToAssignment"))
                .extracting(t -> t.get("taskId")).doesNotContain(taskId);
        ResponseEntity<Map<String, Object>> claim = cast.expertKomsco().post("/api/v1/tasks/" + taskId + "/claim", null);
        ResponseEntity<Map<String, Object>> complete = cast.expertKomsco().post("/api/v1/tasks/" + taskId + "/complete",
                Map.of("assignmentDecision", "DECLINE", "declineReason", "Not me"));
        ResponseEntity<Map<String, Object>> form = cast.expertKomsco().get("/api/v1/tasks/" + taskId + "/form");

        // the task is not offered to them: it does not exist as far as they are concerned
        assertThat(claim.getStatusCode().value()).isEqualTo(404);
        assertThat(complete.getStatusCode().value()).isEqualTo(404);
        assertThat(complete.getBody()).containsEntry("code", "task.notFound");
        assertThat(form.getStatusCode().value()).isEqualTo(404);

        Task unchanged = taskQuery().taskId(taskId).singleResult();
        assertThat(unchanged).isNotNull();
        assertThat(unchanged.getAssignee()).isEqualTo("expert-mois");
        assertThat(runtimeService().getVariable(unchanged.getExecutionId(), "assignmentDecision")).isNull();
        assertThat(assignment).isWaitingAt("respondToAssignment").hasNotPassed("recordAssignmentResponse");
        assertThat(onlyAssignment(journey, "expert-mois").status()).isEqualTo(AssignmentStatus.NOMINATED);

        // the expert it belongs to can still answer it
        Journeys.accept(cast.expertMois(), journey);
        assertThat(onlyAssignment(journey, "expert-mois").status()).isEqualTo(AssignmentStatus.ACCEPTED);
    }

    /** Waiting at these steps and at no other step of the model (scopes such as multi-instance bodies aside). */
    private static ProcessInstanceAssert waitsOnlyAt(ProcessInstance assignment, String... steps) {
        List<String> expected = List.of(steps);
        String[] others = STEPS.stream().filter(s -> !expected.contains(s)).toArray(String[]::new);
        return assertThat(assignment).isWaitingAt(steps).isNotWaitingAt(others);
    }

    private static List<Task> nominationTasks(ProcessInstance assignment) {
        return taskQuery().processInstanceId(assignment.getId()).taskDefinitionKey("nominateExperts").list();
    }

    private ExpertAssignment onlyAssignment(Journey journey, String expert) {
        List<ExpertAssignment> rows = assignments.of(journey.id()).stream()
                .filter(a -> a.expertUsername().equals(expert)).toList();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
