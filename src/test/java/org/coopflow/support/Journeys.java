package org.coopflow.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Drives a fresh NATIONAL_ID request (MOIS lead, KOMSCO supporting) through the public API to the start of
 * a stage, so the process-path tests only spell out the steps they are about. Every journey submits its
 * own request with its own idempotency key; nothing is shared between tests.
 */
public final class Journeys {

    /** The demo users a request meets on its way (password "demo"). */
    public record Cast(Api partner, Api intake, Api coordMois, Api coordKomsco, Api expertMois, Api expertMois2,
                       Api expertKomsco, Api legal, Api manager) {

        public static Cast of(TestRestTemplate rest) {
            return new Cast(new Api(rest, "partner-kh"), new Api(rest, "intake"), new Api(rest, "coord-mois"),
                    new Api(rest, "coord-komsco"), new Api(rest, "expert-mois"), new Api(rest, "expert-mois-2"),
                    new Api(rest, "expert-komsco"), new Api(rest, "legal"), new Api(rest, "manager"));
        }
    }

    /** A request on its way: its id in the API and its reference (business key of all its process instances). */
    public record Journey(Long id, String reference) {
    }

    private Journeys() {
    }

    /** Submitted by partner-kh; waits at screenRequest. */
    @SuppressWarnings("unchecked")
    public static Journey submitted(Cast cast) {
        ResponseEntity<Map<String, Object>> response = cast.partner().submit(
                Api.nationalIdRequest("National ID cooperation " + UUID.randomUUID()), UUID.randomUUID().toString());
        expect(response, HttpStatus.CREATED, "submit");
        Journey journey = new Journey(((Number) response.getBody().get("id")).longValue(),
                (String) response.getBody().get("reference"));
        Map<String, Object> details = cast.partner().get("/api/v1/requests/" + journey.id()).getBody();
        if (!"MOIS".equals(details.get("leadAgency"))
                || !List.of("KOMSCO").equals(details.get("supportingAgencies"))) {
            throw new AssertionError("NATIONAL_ID should be routed to MOIS + KOMSCO: " + details);
        }
        return journey;
    }

    /** Submitted by this partner in this sector, routed as the routing decision says; waits at screenRequest. */
    public static Journey submittedIn(Api partner, String sector) {
        Map<String, Object> body = new HashMap<>(Api.nationalIdRequest("Request in " + sector + " " + UUID.randomUUID()));
        body.put("sector", sector);
        ResponseEntity<Map<String, Object>> response = partner.submit(body, UUID.randomUUID().toString());
        expect(response, HttpStatus.CREATED, "submit");
        return new Journey(((Number) response.getBody().get("id")).longValue(),
                (String) response.getBody().get("reference"));
    }

    /** Accepted by intake: status ASSIGNING_EXPERTS, one nominateExperts task for MOIS and one for KOMSCO. */
    public static Journey toAssigningExperts(Cast cast) {
        Journey journey = submitted(cast);
        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "ACCEPT"));
        expectStatus(cast, journey, "ASSIGNING_EXPERTS");
        return journey;
    }

    /** MOIS nominates expert-mois and KOMSCO expert-komsco: each waits at their respondToAssignment. */
    public static Journey toExpertAnswers(Cast cast) {
        Journey journey = toAssigningExperts(cast);
        nominate(cast.coordMois(), journey, "expert-mois");
        nominate(cast.coordKomsco(), journey, "expert-komsco");
        return journey;
    }

    /** Both nominated experts accepted: the lead (MOIS) coordinator's confirmTeam is open. */
    public static Journey toConfirmTeam(Cast cast) {
        Journey journey = toExpertAnswers(cast);
        accept(cast.expertMois(), journey);
        accept(cast.expertKomsco(), journey);
        return journey;
    }

    /** Team confirmed with expert-mois as lead expert: status CONSULTATION, planConsultation open. */
    public static Journey toConsultation(Cast cast) {
        Journey journey = toConfirmTeam(cast);
        cast.coordMois().complete(journey.id(), "confirmTeam",
                Map.of("teamDecision", "CONFIRM", "leadExpert", "expert-mois"));
        expectStatus(cast, journey, "CONSULTATION");
        return journey;
    }

    /** Plan confirmed by the partner: the consultation waits at its timer consultationDateReached. */
    public static Journey toConsultationDate(Cast cast, LocalDate consultationStart) {
        Journey journey = toConsultation(cast);
        planConsultation(cast, journey, consultationStart);
        cast.partner().complete(journey.id(), "confirmConsultationPlan", Map.of("planDecision", "CONFIRM"));
        return journey;
    }

    /** The consultation date came and the lead expert recorded the outcome: the partner's giveFeedback is open. */
    public static Journey toFeedback(Cast cast, ProcessDriver driver) {
        Journey journey = toConsultationDate(cast, LocalDate.now());
        fire(driver, journey, "consultationDateReached");
        cast.expertMois().complete(journey.id(), "recordConsultationOutcome",
                Map.of("consultationReport", "Forum held with 40 officials."));
        return journey;
    }

    /** The partner wants an MOU and a follow-up: status MOU_DRAFTING, draftMou open. */
    public static Journey toMouDrafting(Cast cast, ProcessDriver driver) {
        Journey journey = toFeedback(cast, driver);
        cast.partner().complete(journey.id(), "giveFeedback",
                Map.of("satisfaction", "5", "wantsMou", "YES", "wantsFollowUp", "YES"));
        expectStatus(cast, journey, "MOU_DRAFTING");
        return journey;
    }

    /** A first MOU version drafted: reviewMouLegal and reviewMouPartner are open. */
    public static Journey toMouReviews(Cast cast, ProcessDriver driver) {
        Journey journey = toMouDrafting(cast, driver);
        draftMou(cast, journey, null);
        return journey;
    }

    /** Legal and the partner approved the first version: the manager's approveMouForSigning is open. */
    public static Journey toMouSigningApproval(Cast cast, ProcessDriver driver) {
        Journey journey = toMouReviews(cast, driver);
        cast.legal().complete(journey.id(), "reviewMouLegal", Map.of("legalDecision", "APPROVE"));
        cast.partner().complete(journey.id(), "reviewMouPartner", Map.of("partnerDecision", "APPROVE"));
        return journey;
    }

    /** The partner wants no MOU but a follow-up: status FOLLOW_UP, defineFollowUpActions open. */
    public static Journey toFollowUp(Cast cast, ProcessDriver driver) {
        Journey journey = toFeedback(cast, driver);
        cast.partner().complete(journey.id(), "giveFeedback",
                Map.of("satisfaction", "4", "wantsMou", "NO", "wantsFollowUp", "YES"));
        expectStatus(cast, journey, "FOLLOW_UP");
        return journey;
    }

    // ---- single steps, shared by the journeys and the tests

    public static void nominate(Api coordinator, Journey journey, String... experts) {
        coordinator.complete(journey.id(), "nominateExperts", Map.of("nominatedExperts", List.of(experts)));
    }

    public static void accept(Api expert, Journey journey) {
        expert.complete(journey.id(), "respondToAssignment", Map.of("assignmentDecision", "ACCEPT"));
    }

    public static void planConsultation(Cast cast, Journey journey, LocalDate start) {
        cast.coordMois().complete(journey.id(), "planConsultation", Map.of("consultationModality", "ONLINE_FORUM",
                "consultationStart", start.toString(), "agenda", "Enrolment, card production, data protection"));
    }

    public static void draftMou(Cast cast, Journey journey, String changeSummary) {
        Map<String, Object> values = changeSummary == null
                ? Map.of("mouTitle", "MOU on national ID cooperation", "mouText", "Article 1 ...")
                : Map.of("mouTitle", "MOU on national ID cooperation", "mouText", "Article 1 ... (revised)",
                        "changeSummary", changeSummary);
        cast.coordMois().complete(journey.id(), "draftMou", values);
    }

    /** The follow-up actions in one form, one row per action type, each due a month later than the one before. */
    public static void defineFollowUpActions(Cast cast, Journey journey, String... actionTypes) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < actionTypes.length; i++) {
            rows.add(Map.of("actionType", actionTypes[i], "actionDescription", "Action " + (i + 1) + " for officials",
                    "actionOwner", "MOIS", "actionDue", LocalDate.now().plusMonths(6 + i).toString()));
        }
        cast.coordMois().complete(journey.id(), "defineFollowUpActions", Map.of("followUpActions", rows));
    }

    /**
     * Claims this user's task (if needed) and submits the form, returning the API's answer as it is —
     * for tests that expect a refusal.
     */
    public static ResponseEntity<Map<String, Object>> submitForm(Api api, Journey journey, String taskKey,
                                                                 Map<String, Object> values) {
        String taskId = api.taskId(journey.id(), taskKey);
        ResponseEntity<Map<String, Object>> claim = api.post("/api/v1/tasks/" + taskId + "/claim", null);
        if (!claim.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("claim " + taskKey + ": " + claim);
        }
        return api.post("/api/v1/tasks/" + taskId + "/complete", values);
    }

    /** Fires the request's timer of this activity; exactly one must be due. */
    public static void fire(ProcessDriver driver, Journey journey, String timerActivityId) {
        int fired = driver.fireTimer(journey.reference(), timerActivityId);
        if (fired != 1) {
            throw new AssertionError("expected one " + timerActivityId + " timer on " + journey.reference()
                    + ", fired " + fired);
        }
    }

    private static void expectStatus(Cast cast, Journey journey, String status) {
        String actual = cast.partner().status(journey.id());
        if (!status.equals(actual)) {
            throw new AssertionError(journey.reference() + " should be " + status + " but is " + actual);
        }
    }

    private static void expect(ResponseEntity<?> response, HttpStatus status, String what) {
        if (response.getStatusCode().value() != status.value()) {
            throw new AssertionError(what + ": expected " + status + " but got " + response);
        }
    }
}
