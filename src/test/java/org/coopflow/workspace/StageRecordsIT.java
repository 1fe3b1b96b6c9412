package org.coopflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopflow.assignment.Assignments;
import org.coopflow.assignment.TeamDecision;
import org.coopflow.attachment.Attachment;
import org.coopflow.attachment.Attachments;
import org.coopflow.consultation.ConsultationFeedback;
import org.coopflow.consultation.ConsultationOutcome;
import org.coopflow.consultation.ConsultationPlan;
import org.coopflow.consultation.Consultations;
import org.coopflow.followup.ClosureDecision;
import org.coopflow.followup.CooperationEvaluation;
import org.coopflow.followup.FollowUpAction;
import org.coopflow.followup.FollowUpReport;
import org.coopflow.followup.FollowUps;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.mou.MouReview;
import org.coopflow.mou.MouReviewer;
import org.coopflow.mou.MouSigning;
import org.coopflow.mou.MouVersions;
import org.coopflow.screening.Clarification;
import org.coopflow.screening.ScreeningDecision;
import org.coopflow.screening.Screenings;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.Journeys;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.coopflow.support.ProcessDriver;
import org.coopflow.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Every stage keeps what it decided as typed rows, written by the models' listeners as the steps are completed: one
 * request through every stage — a clarification round, a plan change, an MOU change round, the signing with its
 * signed copy, follow-up rounds, the evaluation — and then the request page reads them, each viewer what is theirs.
 */
class StageRecordsIT extends MariaDbIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessDriver driver;

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    Screenings screenings;

    @Autowired
    Assignments assignments;

    @Autowired
    Consultations consultations;

    @Autowired
    MouVersions mou;

    @Autowired
    FollowUps followUps;

    @Autowired
    Attachments attachments;

    @Test
    void everyStageKeepsWhatItDecidedAndThePageShowsIt() throws Exception {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.submitted(cast);
        Long id = journey.id();
        String today = LocalDate.now().toString();

        // screening: a question, its answer, then acceptance
        cast.intake().complete(id, "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "Which provinces would take part?"));
        cast.partner().complete(id, "answerClarification", Map.of("clarificationAnswer", "Kandal and Takeo."));
        cast.intake().complete(id, "screenRequest", Map.of("screeningDecision", "ACCEPT"));
        assertThat(screenings.decisions(id)).extracting(ScreeningDecision::decision, ScreeningDecision::reason,
                ScreeningDecision::decidedBy).containsExactly(
                tuple("CLARIFY", "Which provinces would take part?", "intake"), tuple("ACCEPT", null, "intake"));
        assertThat(screenings.clarifications(id)).extracting(Clarification::roundNo, Clarification::question,
                Clarification::answer, Clarification::answeredBy, Clarification::outcome).containsExactly(
                tuple(1, "Which provinces would take part?", "Kandal and Takeo.", "partner-kh", "ANSWERED"));

        // assignment: nominations with a note, answers, the team and its lead expert
        cast.coordMois().complete(id, "nominateExperts", Map.of("nominatedExperts", List.of("expert-mois"),
                "nominationNote", "Resident registration background."));
        Journeys.nominate(cast.coordKomsco(), journey, "expert-komsco");
        Journeys.accept(cast.expertMois(), journey);
        Journeys.accept(cast.expertKomsco(), journey);
        cast.coordMois().complete(id, "confirmTeam", Map.of("teamDecision", "CONFIRM", "leadExpert", "expert-mois",
                "teamNote", "Ready"));
        assertThat(assignments.nominationRounds(id)).extracting(r -> r.agencyCode(), r -> r.note())
                .contains(tuple("MOIS", "Resident registration background."), tuple("KOMSCO", null));
        assertThat(assignments.teamDecisions(id)).extracting(TeamDecision::decision, TeamDecision::leadExpert,
                TeamDecision::note).containsExactly(tuple("CONFIRM", "expert-mois", "Ready"));

        // consultation: a plan, a change asked, a revision confirmed, the outcome, the feedback
        cast.coordMois().complete(id, "planConsultation", Map.of("consultationModality", "STUDY_VISIT",
                "consultationStart", LocalDate.now().plusDays(30).toString(), "consultationPlace", "Sejong",
                "agenda", "Visit to the resident registration centre"));
        cast.partner().complete(id, "confirmConsultationPlan", Map.of("planDecision", "CHANGE",
                "planComment", "Please make it online."));
        cast.coordMois().complete(id, "planConsultation", Map.of("consultationModality", "ONLINE_FORUM",
                "consultationStart", today, "agenda", "Online forum on registration"));
        cast.partner().complete(id, "confirmConsultationPlan", Map.of("planDecision", "CONFIRM"));
        assertThat(consultations.plans(id)).extracting(ConsultationPlan::revisionNo, ConsultationPlan::modality,
                ConsultationPlan::place, ConsultationPlan::partnerDecision, ConsultationPlan::partnerComment)
                .containsExactly(tuple(1, "STUDY_VISIT", "Sejong", "CHANGE", "Please make it online."),
                        tuple(2, "ONLINE_FORUM", null, "CONFIRM", null));
        Journeys.fire(driver, journey, "consultationDateReached");
        cast.expertMois().complete(id, "recordConsultationOutcome", Map.of("consultationReport", "Forum held.",
                "questionsAnswered", "Enrolment of newborns.", "consultationHeld", true));
        cast.partner().complete(id, "giveFeedback", Map.of("satisfaction", "4", "wantsMou", "YES",
                "wantsFollowUp", "YES", "feedbackComment", "Very useful."));
        assertThat(consultations.outcomes(id)).extracting(ConsultationOutcome::held, ConsultationOutcome::report,
                ConsultationOutcome::recordedBy).containsExactly(tuple(true, "Forum held.", "expert-mois"));
        assertThat(consultations.feedbacks(id)).extracting(ConsultationFeedback::satisfaction,
                ConsultationFeedback::wantsMou, ConsultationFeedback::wantsFollowUp, ConsultationFeedback::defaulted)
                .containsExactly(tuple(4, true, true, false));

        // MOU: a change round asked by legal, both approve version 2, the manager approves, signed with a copy
        Journeys.draftMou(cast, journey, null);
        cast.legal().complete(id, "reviewMouLegal", Map.of("legalDecision", "REQUEST_CHANGES",
                "legalComments", "Add a data protection clause."));
        cast.partner().complete(id, "reviewMouPartner", Map.of("partnerDecision", "APPROVE"));
        Journeys.draftMou(cast, journey, "Data protection clause added");
        cast.legal().complete(id, "reviewMouLegal", Map.of("legalDecision", "APPROVE"));
        cast.partner().complete(id, "reviewMouPartner", Map.of("partnerDecision", "APPROVE"));
        cast.manager().complete(id, "approveMouForSigning", Map.of("signingDecision", "APPROVE"));
        Long signedCopy = uploadSignedCopy(id);
        cast.coordMois().complete(id, "recordMouSigning", Map.of("signingDate", today, "signingPlace", "Phnom Penh",
                "signatories", "Vice Minister; Secretary of State", "signedCopy", signedCopy.toString()));
        assertThat(mou.reviews(id)).extracting(MouReview::versionNo, MouReview::reviewer, MouReview::decision)
                .containsExactly(tuple(1, MouReviewer.LEGAL, "REQUEST_CHANGES"), tuple(1, MouReviewer.PARTNER, "APPROVE"),
                        tuple(2, MouReviewer.LEGAL, "APPROVE"), tuple(2, MouReviewer.PARTNER, "APPROVE"),
                        tuple(2, MouReviewer.MANAGER, "APPROVE"));
        assertThat(mou.signings(id)).extracting(MouSigning::versionNo, MouSigning::signedOn, MouSigning::place,
                MouSigning::signedCopyId).containsExactly(tuple(2, LocalDate.now(), "Phnom Penh", signedCopy));

        // follow-up: two actions in one form, two rounds reported and reviewed; evaluation and closure
        Journeys.defineFollowUpActions(cast, journey, "TRAINING", "JOINT_PROJECT");
        Long training = followUps.actions(id).get(0).id();
        for (int round = 1; round <= 2; round++) {
            Journeys.fire(driver, journey, "nextQuarter");
            cast.partner().complete(id, "reportFollowUpProgress", Map.of("progressStatus", "ON_TRACK",
                    "progressReport", "Round " + round, "actionProgress",
                    List.of(Map.of("action", training.toString(), "actionStatus", round == 2 ? "DONE" : "ON_TRACK"))));
            cast.coordMois().complete(id, "reviewFollowUpProgress", Map.of("reviewAssessment", "SATISFACTORY",
                    "reviewComment", "Fine"));
        }
        cast.coordMois().complete(id, "evaluateCooperation", Map.of("overallRating", "5", "evaluationSummary",
                "Objectives met.", "lessonsLearned", "Start the MOU drafting earlier."));
        cast.manager().complete(id, "approveClosure", Map.of("closureDecision", "APPROVE"));
        assertThat(cast.partner().status(id)).isEqualTo("COMPLETED");
        assertThat(followUps.actions(id)).extracting(FollowUpAction::actionType, FollowUpAction::status)
                .containsExactly(tuple("TRAINING", "DONE"), tuple("JOINT_PROJECT", "OPEN"));
        assertThat(followUps.reports(id)).extracting(FollowUpReport::roundNo).containsExactly(1, 2);
        assertThat(followUps.evaluations(id)).extracting(CooperationEvaluation::rating,
                CooperationEvaluation::lessonsLearned).containsExactly(tuple(5, "Start the MOU drafting earlier."));
        assertThat(followUps.closureDecisions(id)).extracting(ClosureDecision::decision).containsExactly("APPROVE");

        // the request page: the official reads every stage's records...
        Pages pages = new Pages(users);
        String official = page(pages, "coord-mois", id);
        assertThat(official).contains("Which provinces would take part?", "Kandal and Takeo.",
                "Resident registration background.", "Sejong", "Please make it online.", "Forum held.",
                "Add a data protection clause.", "Phnom Penh", "signed-mou.pdf", "Round 2", "Fine",
                "Start the MOU drafting earlier.");
        // ...the partner what concerns it, never the internal reviews, evaluation or officials' notes
        String partner = page(pages, "partner-kh", id);
        assertThat(partner).contains("Which provinces would take part?", "Kandal and Takeo.", "Sejong",
                        "Please make it online.", "Forum held.", "Phnom Penh", "Round 2")
                .doesNotContain("Add a data protection clause.", "Resident registration background.",
                        "Start the MOU drafting earlier.", "Lee Ji-won");
    }

    private String page(Pages pages, String user, Long id) throws Exception {
        return mvc.perform(get("/requests/" + id).with(pages.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The scanned signed MOU, added to the request's documents before the signing is recorded. */
    private Long uploadSignedCopy(Long requestId) throws Exception {
        Path pdf = TestFiles.minimalPdf(Files.createTempFile("signed-mou", ".pdf"), "Signed MOU");
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(Files.readAllBytes(pdf)) {
            @Override
            public String getFilename() {
                return "signed-mou.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("coord-mois", "demo"); // the coordinator of the lead agency adds it
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        rest.exchange("/api/v1/requests/" + requestId + "/attachments", HttpMethod.POST,
                new HttpEntity<>(body, headers), Map.class);
        return attachments.ofRequest(requestId).stream().filter(a -> a.filename().equals("signed-mou.pdf"))
                .map(Attachment::id).findFirst().orElseThrow();
    }
}
