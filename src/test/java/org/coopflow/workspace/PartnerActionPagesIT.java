package org.coopflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.Api;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The partners' "Our actions" and their steps' pages (MariaDB, real security): a ministry's steps without claiming,
 * a step taken by opening it and a colleague told who has it, what each step asks read on the step itself, the
 * Korean side named by agency and role — and another partner seeing none of it.
 */
class PartnerActionPagesIT extends MariaDbIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TaskService taskService;

    @Autowired
    MessageSource messages;

    @Autowired
    ProcessDriver driver;

    /** A ministry of its own with two officials (password "demo"), so no demo partner's inbox or counts change. */
    record Ministry(String code, String first, String second) {
    }

    @Test
    void openingAStepTakesItAndAColleagueIsToldWhoHasIt() throws Exception {
        Ministry ministry = newMinistry();
        Api first = new Api(rest, ministry.first());
        Journey journey = Journeys.submittedIn(first, "NATIONAL_ID");
        String question = "Which provinces enrol first, and how many officials take part? " + UUID.randomUUID();
        new Api(rest, "intake").complete(journey.id(), "screenRequest",
                Map.of("screeningDecision", "CLARIFY", "screeningReason", question));
        String taskId = first.taskId(journey.id(), "answerClarification");

        // our actions: the step, nobody on it yet, no officials' vocabulary
        String actions = page(ministry.first(), "/actions");
        assertThat(actions).contains("href=\"/tasks/" + taskId + "\"", journey.reference(),
                text("actions.holder.nobody")).doesNotContain("/claim", "tab-offered", "filter-country");

        // opening it takes it: the question on the page, the form to answer, nothing to claim
        String step = page(ministry.first(), "/tasks/" + taskId);
        assertThat(step).contains("id=\"brief-question\"", HtmlUtils.htmlEscape(question),
                        HtmlUtils.htmlEscape(text("brief.askedBy", text("requests.group.intake"))),
                        "name=\"clarificationAnswer\"", "href=\"/actions\"")
                .doesNotContain("id=\"claim-task\"", "Lee Ji-won");
        assertThat(assignee(taskId)).isEqualTo(ministry.first());

        // the colleague reads what is asked and who has it, by name; the step stays with the first
        String colleague = page(ministry.second(), "/tasks/" + taskId);
        assertThat(colleague).contains(HtmlUtils.htmlEscape(question),
                        HtmlUtils.htmlEscape(text("actions.heldByColleague", "Test " + ministry.first())))
                .doesNotContain("name=\"clarificationAnswer\"", "id=\"claim-task\"");
        assertThat(assignee(taskId)).isEqualTo(ministry.first());
        assertThat(page(ministry.second(), "/actions")).contains("Test " + ministry.first());

        // left for a colleague: nobody has it, the next to open it takes it
        mvc.perform(post("/tasks/{id}/unclaim", taskId).param("back", "/actions").with(as(ministry.first()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/actions"))
                .andExpect(flash().attribute("notice", text("actions.left",
                        text("task.answerClarification"), journey.reference())));
        assertThat(assignee(taskId)).isNull();
        assertThat(page(ministry.second(), "/tasks/" + taskId)).contains("name=\"clarificationAnswer\"");
        assertThat(assignee(taskId)).isEqualTo(ministry.second());

        // another partner: not its step, not its request, not even in its list
        mvc.perform(get("/tasks/{id}", taskId).with(as("partner-gt"))).andExpect(status().isNotFound());
        mvc.perform(get("/requests/{id}", journey.id()).with(as("partner-gt"))).andExpect(status().isNotFound());
        assertThat(page("partner-gt", "/actions")).doesNotContain(taskId, journey.reference(), question);
        assertThat(assignee(taskId)).isEqualTo(ministry.second());
    }

    @Test
    void answeringWithoutTheTokenOrWithoutAnAnswerChangesNothing() throws Exception {
        Ministry ministry = newMinistry();
        Api first = new Api(rest, ministry.first());
        Journey journey = Journeys.submittedIn(first, "NATIONAL_ID");
        new Api(rest, "intake").complete(journey.id(), "screenRequest",
                Map.of("screeningDecision", "CLARIFY", "screeningReason", "How many provinces?"));
        String taskId = first.taskId(journey.id(), "answerClarification");
        page(ministry.first(), "/tasks/" + taskId);

        mvc.perform(post("/tasks/{id}", taskId).param("clarificationAnswer", "Three.").with(as(ministry.first()))
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/{id}", taskId).param("clarificationAnswer", " ").with(as(ministry.first()))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/tasks/" + taskId))
                .andExpect(flash().attributeExists("fieldErrors"));
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

        // another ministry cannot answer it either
        mvc.perform(post("/tasks/{id}", taskId).param("clarificationAnswer", "Three.").with(as("partner-gt"))
                .with(csrf())).andExpect(status().isNotFound());
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

        // answered: back to our actions, where it is gone
        mvc.perform(post("/tasks/{id}", taskId).param("clarificationAnswer", "Three provinces.")
                        .with(as(ministry.first())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/actions"));
        assertThat(page(ministry.first(), "/actions")).doesNotContain(taskId);
    }

    @Test
    void partnersAndOfficialsEachLandOnTheirOwnList() throws Exception {
        mvc.perform(get("/tasks").with(as("partner-kh"))).andExpect(redirectedUrl("/actions"));
        mvc.perform(get("/actions").with(as("intake"))).andExpect(redirectedUrl("/tasks"));
        assertThat(page("partner-kh", "/requests")).contains("href=\"/actions\"");
    }

    @Test
    void theRevisedPlanSaysWhatChangedAndWhoProposedIt() throws Exception {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.toConsultation(cast);
        Journeys.planConsultation(cast, journey, LocalDate.now().plusDays(20));
        cast.partner().complete(journey.id(), "confirmConsultationPlan",
                Map.of("planDecision", "CHANGE", "planComment", "Please hold it a week later."));
        Journeys.planConsultation(cast, journey, LocalDate.now().plusDays(27));
        String taskId = cast.partner().taskId(journey.id(), "confirmConsultationPlan");

        String step = page("partner-kh", "/tasks/" + taskId);
        assertThat(step).contains("id=\"brief-plan\"", "data-changed=\"dates\"",
                        HtmlUtils.htmlEscape(text("brief.plan.changed", 1)), "Please hold it a week later.",
                        "Enrolment, card production, data protection",
                        HtmlUtils.htmlEscape(text("brief.proposedBy", "")).trim())
                .doesNotContain("data-changed=\"agenda\"", "Kim Min-jun", "coord-mois");
        // the progress bar: screening and experts done, consultation now, with the partner
        String request = page("partner-kh", "/requests/" + journey.id());
        assertThat(request).contains("data-step=\"EXPERTS\" data-state=\"DONE\"",
                "data-step=\"CONSULTATION\" data-state=\"CURRENT\"", "data-step=\"MOU\" data-state=\"UPCOMING\"",
                "href=\"/tasks/" + taskId + "\"");
    }

    @Test
    void theMouStepShowsTheChangesSinceTheVersionThePartnerLastReviewed() throws Exception {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.toMouReviews(cast, driver);
        cast.legal().complete(journey.id(), "reviewMouLegal", Map.of("legalDecision", "APPROVE"));
        cast.partner().complete(journey.id(), "reviewMouPartner",
                Map.of("partnerDecision", "REQUEST_CHANGES", "partnerComments", "Please revise article 1."));
        Journeys.draftMou(cast, journey, "Article 1 revised as the ministry asked");
        String taskId = cast.partner().taskId(journey.id(), "reviewMouPartner");

        String step = page("partner-kh", "/tasks/" + taskId);
        assertThat(step).contains("id=\"brief-diff\"", "<ins>", "Article 1 ... (revised)", "<del>",
                "Article 1 revised as the ministry asked", "Please revise article 1.",
                HtmlUtils.htmlEscape(text("brief.mou.changes", 1, 2)));
        assertThat(step).doesNotContain("Kim Min-jun", "Shin Eun-ji");
    }

    @Test
    void anEndedRequestShowsWhereItEndedAndSkippedStagesAsSkipped() throws Exception {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.submitted(cast);
        cast.intake().complete(journey.id(), "screenRequest",
                Map.of("screeningDecision", "DECLINE", "screeningReason", "Outside the programme."));
        String page = page("partner-kh", "/requests/" + journey.id());
        assertThat(page).contains("data-step=\"SCREENING\" data-state=\"ENDED\"",
                "data-step=\"EXPERTS\" data-state=\"NOT_REACHED\"",
                "data-step=\"COMPLETED\" data-state=\"NOT_REACHED\"");

        Journey followUp = Journeys.toFollowUp(cast, driver);
        assertThat(page("manager", "/requests/" + followUp.id())).contains(
                "data-step=\"MOU\" data-state=\"SKIPPED\"", "data-step=\"FOLLOW_UP\" data-state=\"CURRENT\"");
    }

    @Test
    void theFollowUpReportShowsTheActionsAndTheEarlierRounds() throws Exception {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.toFollowUp(cast, driver);
        Journeys.defineFollowUpActions(cast, journey, "TRAINING", "JOINT_PROJECT");
        Journeys.fire(driver, journey, "nextQuarter");
        cast.partner().complete(journey.id(), "reportFollowUpProgress",
                Map.of("progressStatus", "ON_TRACK", "progressReport", "Twelve officials trained so far."));
        cast.coordMois().complete(journey.id(), "reviewFollowUpProgress",
                Map.of("reviewAssessment", "SATISFACTORY", "reviewComment", "Internal note: fine"));
        Journeys.fire(driver, journey, "nextQuarter");
        String taskId = cast.partner().taskId(journey.id(), "reportFollowUpProgress");

        String step = page("partner-kh", "/tasks/" + taskId);
        assertThat(step).contains("id=\"brief-actions\"", "Action 1 for officials", "Action 2 for officials",
                        text("followup.actionType.TRAINING"), "Twelve officials trained so far.")
                .doesNotContain("Internal note: fine");
    }

    @Test
    void intakeReadsTheRequestOnTheScreeningStepWithItsRoutingPreselected() throws Exception {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.submitted(cast);
        mvc.perform(post("/requests/{id}/messages", journey.id()).param("text", "Our minister visits Seoul in May.")
                .with(as("partner-kh")).with(csrf())).andExpect(status().isFound());
        String taskId = cast.intake().taskId(journey.id(), "screenRequest");
        mvc.perform(post("/tasks/{id}/claim", taskId).with(as("intake")).with(csrf())).andExpect(status().isFound());

        String step = page("intake", "/tasks/" + taskId);
        assertThat(step).contains("id=\"request-text\"",
                "We are introducing a national ID card and need advice on enrolment and card production.",
                "Our minister visits Seoul in May.", "Sokha Chan");
        // the routing already applied (MOIS leads, KOMSCO supports) is the form's starting point, changeable
        assertThat(step).containsPattern("<option value=\"MOIS\"[^>]*selected")
                .containsPattern("value=\"KOMSCO\"[^>]*checked");
        // another agency's official is not offered the step and reads nothing of it
        mvc.perform(get("/tasks/{id}", taskId).with(as("coord-nec"))).andExpect(status().isNotFound());
    }

    private Ministry newMinistry() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        // a country no other test counts (the country pages' tests count Laos's figures), with its time zone
        jdbc.update("INSERT INTO organisation (code, kind, name, country_code, country_name, time_zone) "
                + "VALUES (?, 'PARTNER', ?, 'TV', 'Tuvalu', 'Pacific/Funafuti')", code, "Test ministry " + code);
        String group = "partner:" + code;
        jdbc.update("INSERT INTO app_group (id, role, organisation_code, name) VALUES (?, 'PARTNER', ?, ?)", group, code,
                "Test ministry " + code);
        return new Ministry(code, account(code, group, "a"), account(code, group, "b"));
    }

    private String account(String code, String group, String suffix) {
        String username = ("p-" + code + "-" + suffix).toLowerCase(Locale.ROOT);
        jdbc.update("INSERT INTO app_user (username, display_name, email, password_hash, organisation_code, locale, "
                        + "time_zone) VALUES (?, ?, ?, ?, ?, 'en', 'Pacific/Funafuti')", username, "Test " + username,
                username + "@example.org", passwords.encode("demo"), code);
        jdbc.update("INSERT INTO group_membership (username, group_id) VALUES (?, ?)", username, group);
        return username;
    }

    private String assignee(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return new Pages(users).as(username);
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username)).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, Locale.ENGLISH);
    }
}
