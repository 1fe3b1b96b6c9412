package org.coopflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A request's whole life through the public API alone, on MariaDB: submission → screening → nomination
 * by every involved agency → expert acceptance → consultation → feedback wanting an MOU → legal and
 * partner review with one change round → approval → signing → follow-up → COMPLETED.
 */
class RequestLifecycleIT extends MariaDbIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessDriver driver;

    @Test
    @SuppressWarnings("unchecked")
    void requestTravelsFromSubmissionToCompleted() {
        Api partner = new Api(rest, "partner-kh");
        Api intake = new Api(rest, "intake");
        Api coordMois = new Api(rest, "coord-mois");
        Api coordKomsco = new Api(rest, "coord-komsco");
        Api expertMois = new Api(rest, "expert-mois");
        Api expertKomsco = new Api(rest, "expert-komsco");
        Api legal = new Api(rest, "legal");
        Api manager = new Api(rest, "manager");

        // submission: routed to MOIS (lead) and KOMSCO (supporting), screening waits on intake
        ResponseEntity<Map<String, Object>> submitted = partner.submit(Api.nationalIdRequest("National ID card roll-out"), "lifecycle-1");
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Long id = ((Number) submitted.getBody().get("id")).longValue();
        String reference = (String) submitted.getBody().get("reference");
        assertThat(reference).matches("CR-\\d{4}-\\d{5}");
        Map<String, Object> details = partner.get("/api/v1/requests/" + id).getBody();
        assertThat(details.get("status")).isEqualTo("SCREENING");
        assertThat(details.get("leadAgency")).isEqualTo("MOIS");
        assertThat((List<String>) details.get("supportingAgencies")).containsExactly("KOMSCO");
        assertThat((List<Map<String, Object>>) details.get("pending"))
                .extracting(t -> t.get("taskKey")).containsExactly("screenRequest");

        intake.complete(id, "screenRequest", Map.of("screeningDecision", "ACCEPT"));
        assertThat(partner.status(id)).isEqualTo("ASSIGNING_EXPERTS");

        // one nomination task per involved agency, in parallel
        coordMois.complete(id, "nominateExperts", Map.of("nominatedExperts", List.of("expert-mois")));
        coordKomsco.complete(id, "nominateExperts", Map.of("nominatedExperts", List.of("expert-komsco")));
        expertMois.complete(id, "respondToAssignment", Map.of("assignmentDecision", "ACCEPT"));
        expertKomsco.complete(id, "respondToAssignment", Map.of("assignmentDecision", "ACCEPT"));
        coordMois.complete(id, "confirmTeam", Map.of("teamDecision", "CONFIRM", "leadExpert", "expert-mois"));
        assertThat(partner.status(id)).isEqualTo("CONSULTATION");

        // consultation: planned, confirmed by the partner, held, reported, and the partner wants an MOU
        String today = LocalDate.now().toString();
        coordMois.complete(id, "planConsultation", Map.of("consultationModality", "ONLINE_FORUM",
                "consultationStart", today, "agenda", "Enrolment, card production, data protection"));
        partner.complete(id, "confirmConsultationPlan", Map.of("planDecision", "CONFIRM"));
        assertThat(driver.fireTimer(reference, "consultationDateReached")).isEqualTo(1);
        expertMois.complete(id, "recordConsultationOutcome", Map.of("consultationReport", "Forum held with 40 officials."));
        partner.complete(id, "giveFeedback", Map.of("satisfaction", "5", "wantsMou", "YES", "wantsFollowUp", "YES"));
        assertThat(partner.status(id)).isEqualTo("MOU_DRAFTING");

        // MOU: legal asks for a change, a second version is approved by both, the manager approves, signed
        coordMois.complete(id, "draftMou", Map.of("mouTitle", "MOU on national ID cooperation", "mouText", "Article 1 ..."));
        legal.complete(id, "reviewMouLegal", Map.of("legalDecision", "REQUEST_CHANGES", "legalComments", "Add a data protection clause."));
        partner.complete(id, "reviewMouPartner", Map.of("partnerDecision", "APPROVE"));
        coordMois.complete(id, "draftMou", Map.of("mouTitle", "MOU on national ID cooperation", "mouText", "Article 1 ... Article 7 data protection",
                "changeSummary", "Data protection clause added"));
        legal.complete(id, "reviewMouLegal", Map.of("legalDecision", "APPROVE"));
        partner.complete(id, "reviewMouPartner", Map.of("partnerDecision", "APPROVE"));
        manager.complete(id, "approveMouForSigning", Map.of("signingDecision", "APPROVE"));
        coordMois.complete(id, "recordMouSigning", Map.of("signingDate", today, "signatories", "Vice Minister of the Interior and Safety; Secretary of State, Ministry of Interior"));
        assertThat(partner.status(id)).isEqualTo("FOLLOW_UP");

        // follow-up: one action, then every round the partner reports and the coordinator reviews
        coordMois.complete(id, "defineFollowUpActions", Map.of("followUpActions", List.of(Map.of("actionType", "TRAINING",
                "actionDescription", "Training for 20 officials in Seoul", "actionOwner", "MOIS", "actionDue", today))));
        for (int round = 1; round <= 2; round++) {
            assertThat(driver.fireTimer(reference, "nextQuarter")).isEqualTo(1);
            partner.complete(id, "reportFollowUpProgress", Map.of("progressReport", "Round " + round + " done", "progressStatus", "ON_TRACK"));
            coordMois.complete(id, "reviewFollowUpProgress", Map.of("reviewComment", "Good progress", "reviewAssessment", "SATISFACTORY"));
        }
        coordMois.complete(id, "evaluateCooperation", Map.of("evaluationSummary", "Objectives met.", "overallRating", "5"));
        manager.complete(id, "approveClosure", Map.of("closureDecision", "APPROVE"));

        Map<String, Object> closed = partner.get("/api/v1/requests/" + id).getBody();
        assertThat(closed.get("status")).isEqualTo("COMPLETED");
        assertThat((List<?>) closed.get("pending")).isEmpty();

        List<String> events = manager.history(id).stream().map(e -> String.valueOf(e.get("eventType"))).toList();
        assertThat(events).containsSubsequence("REQUEST_SUBMITTED", "SCREENING_DECIDED", "EXPERTS_NOMINATED",
                "ASSIGNMENT_ANSWERED", "TEAM_DECIDED", "CONSULTATION_PLANNED", "CONSULTATION_PLAN_ANSWERED",
                "CONSULTATION_HELD", "FEEDBACK_GIVEN", "MOU_VERSION_CREATED", "MOU_REVIEWED", "MOU_VERSION_CREATED",
                "MOU_REVIEWED", "MOU_SIGNED", "FOLLOW_UP_ACTION_DEFINED", "FOLLOW_UP_REPORTED", "FOLLOW_UP_REVIEWED",
                "COOPERATION_EVALUATED", "CLOSURE_DECIDED");
        assertThat(events).filteredOn("MOU_VERSION_CREATED"::equals).hasSize(2);
        assertThat(events).filteredOn("MOU_REVIEWED"::equals).hasSize(5);
        assertThat(partner.get("/api/v1/requests/" + id + "/history").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
