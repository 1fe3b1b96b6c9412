package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coopflow.support.Api;
import org.coopflow.support.Browser;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.coopflow.support.TestFiles;
import org.coopflow.support.UserTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey 1, all in the browser: a Guatemalan partner (Spanish) submits an election-management request with
 * a PDF → intake claims and accepts it → NEC's coordinator nominates NEC's expert → the expert accepts → the
 * coordinator confirms the team and plans the consultation for today → the partner confirms the plan → (the
 * consultation date comes: its timer is fired) → the lead expert records the outcome → the partner gives
 * feedback asking for an MOU, and the request page then shows it in MOU drafting.
 */
class PartnerRequestJourneyIT extends MariaDbIntegrationTest {

    private static final String PARTNER = "partner-gt";
    private static final String INTAKE = "intake";
    private static final String COORDINATOR = "coord-nec";
    private static final String EXPERT = "expert-nec";
    /** Where the task lists of this journey's officials are narrowed to: Guatemala, elections. */
    private static final String FILTER = "&country=GT&sector=ELECTION_MANAGEMENT";

    @LocalServerPort
    int port;

    @Autowired
    ProcessDriver process;

    @Autowired
    UserTexts texts;

    @Autowired
    TestRestTemplate rest;

    @TempDir
    Path files;

    @Test
    void aSpanishSpeakingPartnersRequestGoesFromTheFormToFeedbackInTheBrowser() throws IOException {
        String title = "Padrón electoral digital " + UUID.randomUUID().toString().substring(0, 8);
        Path pdf = TestFiles.minimalPdf(files.resolve("padron-electoral.pdf"), "Padron electoral - CoopFlow");
        moreAssignmentsForTheExpert();

        try (Browser partner = Browser.start(port, "es");
             Browser intake = Browser.start(port, "en");
             Browser coordinator = Browser.start(port, "en");
             Browser expert = Browser.start(port, "en")) {
            partner.signIn(PARTNER);
            intake.signIn(INTAKE);
            coordinator.signIn(COORDINATOR);
            expert.signIn(EXPERT);

            // --- the partner fills in the form, in Spanish, with a PDF
            partner.clickAndWait(By.cssSelector("nav a[href='/requests/new']"));
            assertThat(partner.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
            assertThat(partner.text(By.cssSelector("nav a[href='/requests/new']"))).isEqualTo(text(PARTNER, "nav.newRequest"));
            assertThat(partner.text(By.tagName("h1"))).isEqualTo(text(PARTNER, "requests.form.title"));
            assertThat(partner.find(By.id("contactName")).getDomProperty("value")).isEqualTo("María López");
            partner.click(By.cssSelector("input[name='sector'][value='ELECTION_MANAGEMENT']"))
                    .type(By.id("title"), title)
                    .type(By.id("description"), "Queremos digitalizar el padrón electoral y conocer la experiencia"
                            + " de Corea en el registro de votantes y el escrutinio.")
                    .click(By.cssSelector("input[name='modality'][value='STUDY_VISIT']"))
                    .click(By.cssSelector("input[name='languages'][value='es']"))
                    .click(By.cssSelector("input[name='languages'][value='en']"))
                    .attach(By.id("files"), pdf);
            ((JavascriptExecutor) partner.driver()).executeScript("window.scrollTo(0, 0)");
            partner.screenshot("partner-form");
            partner.clickAndWait(By.id("submit-request"));

            String reference = partner.text(By.id("request-reference"));
            assertThat(reference).matches("CR-\\d{4}-\\d{5}");
            assertThat(partner.path()).matches("/requests/\\d+");
            String requestPage = partner.path();
            assertThat(partner.text(By.id("notice"))).isEqualTo(text(PARTNER, "requests.notice.received", reference));
            assertThat(partner.text(By.tagName("h1"))).contains(title);
            // written in Spanish: the translation desk gives intake the Korean and English versions first
            assertThat(partner.find(By.id("request-status")).getDomAttribute("data-status")).isEqualTo("SUBMITTED");
            assertThat(partner.text(By.cssSelector("#documents a[download]"))).isEqualTo("padron-electoral.pdf");
            new Api(rest, "translator").complete(Long.valueOf(requestPage.substring("/requests/".length())),
                    "translateRequest", Map.of("titleKo", "전자 선거인명부", "titleEn", "Digital electoral roll",
                            "descriptionKo", "선거인명부를 전산화하고 선거인 등록과 개표에 관한 한국의 경험을 배우고자 합니다.",
                            "descriptionEn", "We want to digitise the electoral roll and learn from Korea's experience "
                                    + "of voter registration and counting."));

            // --- intake sees the document, claims the screening and accepts; NEC leads (routing)
            intake.open(requestPage);
            assertThat(intake.text(By.cssSelector("#documents a[download]"))).isEqualTo("padron-electoral.pdf");
            openTask(intake, INTAKE, reference, "screenRequest", "offered");
            intake.click(By.cssSelector("input[name='screeningDecision'][value='ACCEPT']"));
            completeTask(intake, INTAKE, reference, "screenRequest");

            // --- NEC's coordinator nominates NEC's expert (the only agency involved)
            openTask(coordinator, COORDINATOR, reference, "nominateExperts", "offered");
            coordinator.click(By.cssSelector("input[name='nominatedExperts'][value='expert-nec']"));
            completeTask(coordinator, COORDINATOR, reference, "nominateExperts");

            // --- the expert finds the assignment addressed to her in her list, and accepts it
            expert.open("/tasks?view=assigned");
            assertThat(expert.text(By.cssSelector("tr[data-reference='" + reference + "'][data-task-key="
                    + "'respondToAssignment']"))).contains(reference, taskName(EXPERT, "respondToAssignment"));
            expert.screenshot("official-tasks");
            openTask(expert, EXPERT, reference, "respondToAssignment", "assigned");
            expert.click(By.cssSelector("input[name='assignmentDecision'][value='ACCEPT']"));
            completeTask(expert, EXPERT, reference, "respondToAssignment");

            // --- the coordinator confirms the team with its lead expert and plans the consultation for today
            openTask(coordinator, COORDINATOR, reference, "confirmTeam", "offered");
            coordinator.click(By.cssSelector("input[name='teamDecision'][value='CONFIRM']"))
                    .select(By.name("leadExpert"), "expert-nec");
            completeTask(coordinator, COORDINATOR, reference, "confirmTeam");
            openTask(coordinator, COORDINATOR, reference, "planConsultation", "offered");
            coordinator.select(By.name("consultationModality"), "STUDY_VISIT")
                    .date(By.name("consultationStart"), LocalDate.now().toString())
                    .type(By.name("agenda"), "Voter registry, polling stations, electronic counting");
            completeTask(coordinator, COORDINATOR, reference, "planConsultation");

            // --- the partner sees the plan waiting on it and confirms it
            partner.open(requestPage);
            assertThat(partner.find(By.id("request-status")).getDomAttribute("data-status")).isEqualTo("CONSULTATION");
            assertThat(partner.text(By.id("pending"))).contains(text(PARTNER, "requests.waitingOnYou"));
            openPartnerStep(partner, "confirmConsultationPlan");
            partner.click(By.cssSelector("input[name='planDecision'][value='CONFIRM']"));
            completeTask(partner, PARTNER, reference, "confirmConsultationPlan");

            // --- the consultation date comes
            assertThat(process.fireTimer(reference, "consultationDateReached")).isEqualTo(1);

            // --- the lead expert records the outcome
            openTask(expert, EXPERT, reference, "recordConsultationOutcome", "assigned");
            expert.type(By.name("consultationReport"), "Visita de estudio con 12 funcionarios del registro electoral.")
                    .click(By.name("consultationHeld"));
            completeTask(expert, EXPERT, reference, "recordConsultationOutcome");

            // --- the partner gives feedback and wants an MOU and a follow-up
            partner.open(requestPage);
            openPartnerStep(partner, "giveFeedback");
            partner.click(By.cssSelector("input[name='satisfaction'][value='5']"))
                    .click(By.cssSelector("input[name='wantsMou'][value='YES']"))
                    .click(By.cssSelector("input[name='wantsFollowUp'][value='YES']"))
                    .type(By.name("feedbackComment"), "Muy útil, gracias.");
            completeTask(partner, PARTNER, reference, "giveFeedback");

            // --- the request's new state, from the partner's list
            partner.clickAndWait(By.cssSelector("nav a[href='/requests']"));
            partner.clickAndWait(By.cssSelector("a[href='" + requestPage + "']"));
            assertThat(partner.find(By.id("request-status")).getDomAttribute("data-status")).isEqualTo("MOU_DRAFTING");
            assertThat(partner.text(By.id("request-status"))).isEqualTo(text(PARTNER, "status.MOU_DRAFTING"));
            assertThat(partner.text(By.id("pending"))).contains(text(PARTNER, "task.draftMou"))
                    .doesNotContain(text(PARTNER, "requests.waitingOnYou"));
            assertThat(partner.text(By.id("main"))).contains("(NEC)");
            assertThat(partner.text(By.cssSelector("#documents a[download]"))).isEqualTo("padron-electoral.pdf");
            partner.screenshot("journey-1-partner-request");
        }
    }

    /**
     * Opens the task from the user's task list, narrowed to this journey's requests: the "offered" or
     * "assigned" tab, or (null) the tab the list opens on. An offered task is claimed on its page first.
     */
    private void openTask(Browser browser, String user, String reference, String taskKey, String tab) {
        if (tab != null) {
            browser.open("/tasks?view=" + tab + FILTER);
        }
        String row = "tr[data-reference='" + reference + "'][data-task-key='" + taskKey + "']";
        if (browser.all(By.cssSelector(row)).isEmpty()) {
            browser.clickAndWait(By.id("tab-offered"));
        }
        boolean claimed = !browser.all(By.cssSelector(row + " form[action$='/claim']")).isEmpty();
        browser.clickAndWait(By.cssSelector(row + " td:first-child a"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(taskName(user, taskKey));
        if (claimed) {
            browser.clickAndWait(By.id("claim-task"));
            assertThat(browser.text(By.id("notice")))
                    .isEqualTo(text(user, "tasks.claimed", taskName(user, taskKey), reference));
        }
        browser.find(By.id("complete-task"));
    }

    /** From the request page straight to the partner's step: opening it takes it, nothing to claim. */
    private void openPartnerStep(Browser partner, String taskKey) {
        partner.clickAndWait(By.cssSelector("#pending a.to-tasks"));
        assertThat(partner.text(By.tagName("h1"))).isEqualTo(taskName(PARTNER, taskKey));
        assertThat(partner.all(By.id("claim-task"))).isEmpty();
        partner.find(By.id("complete-task"));
    }

    /** Completes the form on the page and checks the task list (a partner's actions) says so. */
    private void completeTask(Browser browser, String user, String reference, String taskKey) {
        browser.clickAndWait(By.id("complete-task"));
        assertThat(browser.path()).isEqualTo(PARTNER.equals(user) ? "/actions" : "/tasks");
        assertThat(browser.text(By.id("notice"))).isEqualTo(text(user, "tasks.done", taskName(user, taskKey), reference));
    }

    private String text(String username, String code, Object... args) {
        return texts.of(username, code, args);
    }

    private String taskName(String username, String taskKey) {
        return texts.taskName(username, taskKey);
    }

    /**
     * Two more election requests (from Cambodia) on the NEC expert's desk, one waiting for her answer and one
     * for her consultation report, set up through the API: her task list then looks like a working day's
     * (it is the README's screenshot of an official's task list).
     */
    private void moreAssignmentsForTheExpert() {
        Api cambodia = new Api(rest, "partner-kh");
        Api intakeApi = new Api(rest, INTAKE);
        Api coordinatorApi = new Api(rest, COORDINATOR);
        Long waiting = cambodia.submitNew(electionRequest("Voter registration in the provinces"));
        Long held = cambodia.submitNew(electionRequest("Electronic counting pilot"));
        for (Long id : List.of(waiting, held)) {
            intakeApi.complete(id, "screenRequest", Map.of("screeningDecision", "ACCEPT"));
            coordinatorApi.complete(id, "nominateExperts", Map.of("nominatedExperts", List.of(EXPERT)));
        }
        new Api(rest, EXPERT).complete(held, "respondToAssignment", Map.of("assignmentDecision", "ACCEPT"));
        coordinatorApi.complete(held, "confirmTeam", Map.of("teamDecision", "CONFIRM", "leadExpert", EXPERT));
        coordinatorApi.complete(held, "planConsultation", Map.of("consultationModality", "ONLINE_FORUM",
                "consultationStart", LocalDate.now().toString(), "agenda", "Counting machines and audits"));
        cambodia.complete(held, "confirmConsultationPlan", Map.of("planDecision", "CONFIRM"));
        String reference = (String) cambodia.get("/api/v1/requests/" + held).getBody().get("reference");
        assertThat(process.fireTimer(reference, "consultationDateReached")).isEqualTo(1);
    }

    private static Map<String, Object> electionRequest(String title) {
        Map<String, Object> body = new HashMap<>(Api.nationalIdRequest(title + " " + UUID.randomUUID()));
        body.put("sector", "ELECTION_MANAGEMENT");
        body.put("description", "We want to learn from Korea's electoral administration.");
        return body;
    }
}
