package org.coopflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.form.FormOption;
import org.coopflow.form.FormService.DescribedField;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.UserPreferences;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The officials' task pages on the whole application (MariaDB, real security): the task list's tabs,
 * counts and filters, claiming, conflicts, the step's form, delegation and who may see what.
 */
class TaskPagesIT extends MariaDbIntegrationTest {

    private static final String SCREEN_REQUEST = "screenRequest";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    UserPreferences preferences;

    @Autowired
    MessageSource messages;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskActions taskActions;

    record Submitted(Long id, String reference) {
    }

    @Test
    void offeredTaskIsCountedInTheOfferedTabAndMovesToAssignedWhenClaimed() throws Exception {
        String before = page("intake", "/tasks?view=offered");
        long assignedBefore = tabCount(before, "assigned");
        long offeredBefore = tabCount(before, "offered");

        Submitted request = submit("partner-gt", "PUBLIC_HEALTH");
        String taskId = screeningTask(request);

        String offered = page("intake", "/tasks?view=offered&country=GT&sector=PUBLIC_HEALTH");
        assertThat(offered).contains("/tasks/" + taskId + "/claim", request.reference(), "/requests/" + request.id());
        String all = page("intake", "/tasks?view=offered");
        assertThat(tabCount(all, "offered")).isEqualTo(offeredBefore + 1);
        assertThat(tabCount(all, "assigned")).isEqualTo(assignedBefore);
        assertThat(page("intake", "/tasks?view=assigned&country=GT&sector=PUBLIC_HEALTH")).doesNotContain(taskId);

        // the task page of an offered task asks to claim it first, instead of showing the form
        String taskPage = page("intake", "/tasks/" + taskId);
        assertThat(taskPage).contains("/tasks/" + taskId + "/claim", request.reference())
                .doesNotContain("name=\"screeningDecision\"");

        claimViaPage("intake", taskId, "/tasks?view=offered")
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/tasks?view=offered"))
                .andExpect(flash().attribute("notice",
                        text("intake", "tasks.claimed", taskName("intake", SCREEN_REQUEST), request.reference())));

        assertThat(assigneeOf(taskId)).isEqualTo("intake");
        String after = page("intake", "/tasks?view=assigned&country=GT&sector=PUBLIC_HEALTH");
        assertThat(after).contains("/tasks/" + taskId + "/unclaim", request.reference());
        assertThat(page("intake", "/tasks?view=offered&country=GT&sector=PUBLIC_HEALTH")).doesNotContain(taskId);
        String allAfter = page("intake", "/tasks");
        assertThat(tabCount(allAfter, "assigned")).isEqualTo(assignedBefore + 1);
        assertThat(tabCount(allAfter, "offered")).isEqualTo(offeredBefore);
        assertThat(page("intake", "/tasks/" + taskId)).contains("name=\"screeningDecision\"",
                "for=\"field-screeningDecision-0\"");
    }

    @Test
    void filtersNarrowTheListByCountrySectorAndDueDateAndTheSortOrderApplies() throws Exception {
        Submitted guatemala = submit("partner-gt", "NATIONAL_ARCHIVES");
        Submitted cambodia = submit("partner-kh", "NATIONAL_ARCHIVES");
        String dueSoon = screeningTask(guatemala);
        String overdue = screeningTask(cambodia);
        // created first but due later, so sorting by due and by creation disagree
        setDue(dueSoon, Instant.now().plus(Duration.ofHours(24)));
        setDue(overdue, Instant.now().minus(Duration.ofDays(1)));
        String base = "/tasks?view=offered&sector=NATIONAL_ARCHIVES";

        assertThat(page("intake", base + "&country=GT")).contains(dueSoon).doesNotContain(overdue);
        assertThat(page("intake", base + "&country=KH")).contains(overdue).doesNotContain(dueSoon);
        assertThat(page("intake", "/tasks?view=offered&sector=ELECTION_MANAGEMENT"))
                .doesNotContain(dueSoon).doesNotContain(overdue);

        String overdueOnly = page("intake", base + "&due=overdue");
        assertThat(overdueOnly).contains(overdue).doesNotContain(dueSoon);
        assertThat(row(overdueOnly, overdue)).contains(html(text("intake", "tasks.badge.overdue")));
        String dueWithinTwoDays = page("intake", base + "&due=soon");
        assertThat(dueWithinTwoDays).contains(overdue, dueSoon);
        assertThat(row(dueWithinTwoDays, dueSoon)).contains(html(text("intake", "tasks.badge.dueSoon")));

        String byDue = page("intake", base);
        assertThat(byDue.indexOf(overdue)).isLessThan(byDue.indexOf(dueSoon));
        String byCreation = page("intake", base + "&sort=created");
        assertThat(byCreation.indexOf(dueSoon)).isLessThan(byCreation.indexOf(overdue));
    }

    @Test
    void aPartnerAndAnUninvolvedOfficialNeitherSeeNorOpenTheTask() throws Exception {
        Submitted request = submit("partner-kh", "NATIONAL_ID");
        String taskId = screeningTask(request);

        for (String outsider : List.of("partner-kh", "coord-nec")) {
            mvc.perform(get("/tasks/{id}", taskId).with(as(outsider))).andExpect(status().isNotFound());
            if (outsider.startsWith("partner")) {
                // a partner has no task list of queues: its ministry's actions
                assertThat(page(outsider, "/actions")).doesNotContain(taskId);
            } else {
                assertThat(page(outsider, "/tasks?view=offered")).doesNotContain(taskId);
                assertThat(page(outsider, "/tasks?view=assigned")).doesNotContain(taskId);
            }
            claimViaPage(outsider, taskId, "/tasks").andExpect(status().isNotFound());
        }
        assertThat(assigneeOf(taskId)).isNull();
    }

    @Test
    void theSecondOfficialToClaimATaskIsToldWhoHasItInsteadOfAnErrorPage() throws Exception {
        Submitted request = submit("partner-kh", "NATIONAL_ID");
        String taskId = screeningTask(request);

        claimViaPage("intake", taskId, "/tasks?view=offered").andExpect(status().isFound());
        claimViaPage("intake-2", taskId, "/tasks?view=offered")
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/tasks?view=offered"))
                .andExpect(flash().attribute("problem", text("intake-2", "task.claimedBy", "Lee Ji-won")))
                .andExpect(flash().attributeCount(1));

        assertThat(assigneeOf(taskId)).isEqualTo("intake");
    }

    @Test
    void postingWithoutTheCsrfTokenIsForbidden() throws Exception {
        String taskId = screeningTask(submit("partner-kh", "NATIONAL_ID"));
        // a signed-in browser: its session holds the token every form of the pages carries
        Cookie session = mvc.perform(get("/tasks/{id}", taskId).with(as("intake")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();

        mvc.perform(post("/tasks/{id}/claim", taskId).cookie(session).with(as("intake")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/{id}", taskId).cookie(session).param("screeningDecision", "ACCEPT")
                        .with(as("intake")))
                .andExpect(status().isForbidden());

        assertThat(assigneeOf(taskId)).isNull();
    }

    @Test
    void completingWithoutARequiredFieldShowsTheErrorNextToItKeepsTheInputAndCompletesNothing() throws Exception {
        Submitted request = submit("partner-kh", "NATIONAL_ID");
        String taskId = screeningTask(request);
        claimViaPage("intake", taskId, "/tasks").andExpect(status().isFound());

        String missingDecision = followRefusal(taskId, post("/tasks/{id}", taskId).with(as("intake")).with(csrf())
                        .param("screeningReason", "Which provinces will the roll-out start in?")
                        .param("supportingAgencies", "NIA"));
        assertThat(missingDecision)
                .contains("id=\"field-screeningDecision-error\"", html(text("intake", "form.required")),
                        "aria-invalid=\"true\"", "aria-describedby=\"field-screeningDecision-error\"",
                        "href=\"#field-screeningDecision-0\"", "Which provinces will the roll-out start in?")
                .containsPattern("value=\"NIA\"[^>]*checked");

        String declineWithoutReason = followRefusal(taskId, post("/tasks/{id}", taskId).with(as("intake")).with(csrf())
                        .param("screeningDecision", "DECLINE").param("screeningReason", ""));
        assertThat(declineWithoutReason)
                .contains("id=\"field-screeningReason-error\"",
                        "aria-describedby=\"field-screeningReason-hint field-screeningReason-error\"")
                .containsPattern("value=\"DECLINE\"[^>]*checked");

        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(new Api(rest, "partner-kh").status(request.id())).isEqualTo("SCREENING");
    }

    /** A refused completion redirects to the task page (post-redirect-get); that page, in the same session. */
    private String followRefusal(String taskId,
                                 org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder completion)
            throws Exception {
        MvcResult refused = mvc.perform(completion)
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/tasks/" + taskId))
                .andReturn();
        return mvc.perform(get("/tasks/{id}", taskId).cookie(refused.getResponse().getCookies()).with(as("intake")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void completingATaskThatWasHandedOnMeanwhileSaysWhoHasItAndKeepsTheInput() throws Exception {
        String taskId = screeningTask(submit("partner-kh", "NATIONAL_ID"));
        claimViaPage("intake", taskId, "/tasks").andExpect(status().isFound());
        String page = page("intake", "/tasks/" + taskId);
        // meanwhile, from another window, the task goes to a colleague
        taskActions.delegate(users.loadUserByUsername("intake").user(), taskId, "intake-2");

        String conflict = mvc.perform(post("/tasks/{id}", taskId).with(as("intake")).with(csrf())
                        .param("screeningDecision", "CLARIFY")
                        .param("screeningReason", "Which ministries issue birth certificates today?"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains(html(text("intake", "tasks.form.submit")));
        assertThat(conflict).contains(html(text("intake", "task.claimedBy", "Park Ji-hoon")),
                        "Which ministries issue birth certificates today?")
                .containsPattern("value=\"CLARIFY\"[^>]*checked")
                .doesNotContain(html(text("intake", "tasks.form.submit")));
        assertThat(assigneeOf(taskId)).isEqualTo("intake-2");
    }

    @Test
    void acceptingTheScreeningOnItsPageMovesTheRequestToExpertAssignment() throws Exception {
        Submitted request = submit("partner-kh", "NATIONAL_ID");
        String taskId = screeningTask(request);
        claimViaPage("intake", taskId, "/tasks").andExpect(status().isFound());
        mvc.perform(get("/tasks/{id}", taskId).with(as("intake")))
                .andExpect(content().string(containsString("Task pages: NATIONAL_ID"))); // the request's title

        mvc.perform(post("/tasks/{id}", taskId).with(as("intake")).with(csrf())
                        .param("screeningDecision", "ACCEPT").param("screeningReason", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("notice",
                        text("intake", "tasks.done", taskName("intake", SCREEN_REQUEST), request.reference())));

        assertThat(new Api(rest, "partner-kh").status(request.id())).isEqualTo("ASSIGNING_EXPERTS");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void untickingEverySupportingAgencyOnTheScreeningPageRoutesToTheLeadAloneWhileLeavingThemOutKeepsTheRouting()
            throws Exception {
        Submitted untouched = submit("partner-kh", "NATIONAL_ID");
        Submitted unticked = submit("partner-kh", "NATIONAL_ID");
        Api partner = new Api(rest, "partner-kh");
        assertThat((List<?>) partner.request(unticked.id()).get("supportingAgencies")).isNotEmpty();

        for (Submitted request : List.of(untouched, unticked)) {
            String taskId = screeningTask(request);
            claimViaPage("intake", taskId, "/tasks").andExpect(status().isFound());
            // the routing is pre-selected, and the page sends the field even when every box is unticked
            assertThat(page("intake", "/tasks/" + taskId))
                    .containsPattern("value=\"KOMSCO\"[^>]*checked")
                    .contains("<input type=\"hidden\" name=\"supportingAgencies\" value=\"\">");
            var completion = post("/tasks/{id}", taskId).with(as("intake")).with(csrf())
                    .param("screeningDecision", "ACCEPT").param("screeningReason", "");
            if (request == unticked) {
                completion.param("supportingAgencies", ""); // only the hidden field: nothing ticked
            }
            mvc.perform(completion).andExpect(status().isFound()).andExpect(redirectedUrl("/tasks"));
        }

        assertThat((List<?>) partner.request(untouched.id()).get("supportingAgencies")).isNotEmpty();
        assertThat((List<?>) partner.request(unticked.id()).get("supportingAgencies")).isEmpty();
        assertThat(partner.request(unticked.id()).get("leadAgency")).isEqualTo("MOIS");
    }

    @Test
    void theNominationPageListsTheRankedExpertSuggestionsEachWithItsReason() throws Exception {
        Submitted request = submit("partner-kh", "NATIONAL_ID");
        new Api(rest, "intake").complete(request.id(), SCREEN_REQUEST, Map.of("screeningDecision", "ACCEPT"));
        Task nomination = taskService.createTaskQuery().processInstanceBusinessKey(request.reference())
                .taskDefinitionKey("nominateExperts").taskCandidateGroup("coordinator:MOIS").singleResult();
        claimViaPage("coord-mois", nomination.getId(), "/tasks").andExpect(status().isFound());

        String nominationPage = page("coord-mois", "/tasks/" + nomination.getId());

        List<FormOption> suggestions = taskActions.form(users.loadUserByUsername("coord-mois").user(),
                        nomination.getId(), localeOf("coord-mois")).fields().stream()
                .filter(f -> f.key().equals("nominatedExperts")).findFirst().map(DescribedField::options).orElseThrow();
        assertThat(suggestions).extracting(FormOption::value).contains("expert-mois", "expert-mois-2");
        assertThat(nominationPage).contains("<ol class=\"ranked\">", "Han Ye-jin", "Seo Min-ji",
                html(text("coord-mois", "assignment.reason.sectorMatch")));
        int previous = -1;
        for (FormOption suggestion : suggestions) {
            int at = nominationPage.indexOf("value=\"" + suggestion.value() + "\"");
            assertThat(at).as("rank of %s", suggestion.value()).isGreaterThan(previous);
            assertThat(nominationPage.indexOf(html(suggestion.reason()), at)).as("reason of %s", suggestion.value())
                    .isPositive();
            previous = at;
        }
    }

    @Test
    void delegatingToAColleagueOfTheSameAgencyHandsTheTaskOver() throws Exception {
        Submitted request = submit("partner-kh", "NATIONAL_ID");
        String taskId = screeningTask(request);
        claimViaPage("intake", taskId, "/tasks").andExpect(status().isFound());

        String taskPage = page("intake", "/tasks/" + taskId);
        assertThat(taskPage).contains("<option value=\"intake-2\">Park Ji-hoon</option>")
                .doesNotContain("value=\"coord-komsco\"").doesNotContain("value=\"intake\"");

        mvc.perform(post("/tasks/{id}/delegate", taskId).with(as("intake")).with(csrf())
                        .param("username", "intake-2").param("back", "/tasks/" + taskId))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("notice", text("intake", "tasks.delegated",
                        taskName("intake", SCREEN_REQUEST), request.reference(), "Park Ji-hoon")));

        assertThat(assigneeOf(taskId)).isEqualTo("intake-2");
    }

    @Test
    void delegatingToAnotherAgencyIsRefusedWithAMessage() throws Exception {
        String taskId = screeningTask(submit("partner-kh", "NATIONAL_ID"));
        claimViaPage("intake", taskId, "/tasks").andExpect(status().isFound());

        mvc.perform(post("/tasks/{id}/delegate", taskId).with(as("intake")).with(csrf())
                        .param("username", "coord-komsco").param("back", "/tasks/" + taskId))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/tasks/" + taskId))
                .andExpect(flash().attribute("problem", text("intake", "task.delegate.notColleague")));

        assertThat(assigneeOf(taskId)).isEqualTo("intake");
    }

    @Test
    void unclaimingGivesTheTaskBackToTheGroup() throws Exception {
        Submitted request = submit("partner-kh", "NATIONAL_ID");
        String taskId = screeningTask(request);
        claimViaPage("intake", taskId, "/tasks").andExpect(status().isFound());

        mvc.perform(post("/tasks/{id}/unclaim", taskId).with(as("intake")).with(csrf())
                        .param("back", "/tasks/" + taskId))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/tasks/" + taskId))
                .andExpect(flash().attribute("notice",
                        text("intake", "tasks.unclaimed", taskName("intake", SCREEN_REQUEST), request.reference())));

        assertThat(assigneeOf(taskId)).isNull();
        assertThat(page("intake-2", "/tasks/" + taskId)).contains("/tasks/" + taskId + "/claim");
    }

    @Test
    void aBackAddressOutsideTheTaskPagesIsIgnored() throws Exception {
        String taskId = screeningTask(submit("partner-kh", "NATIONAL_ID"));

        claimViaPage("intake", taskId, "https://elsewhere.example/phish")
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/tasks"));
    }

    // --- helpers

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private ResultActions claimViaPage(String username, String taskId, String back) throws Exception {
        return mvc.perform(post("/tasks/{id}/claim", taskId).param("back", back).with(as(username)).with(csrf()));
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Submitted submit(String partner, String sector) {
        Map<String, Object> body = new HashMap<>(Api.nationalIdRequest("Task pages: " + sector));
        body.put("sector", sector);
        ResponseEntity<Map<String, Object>> response = new Api(rest, partner).submit(body, UUID.randomUUID().toString());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return new Submitted(((Number) response.getBody().get("id")).longValue(),
                (String) response.getBody().get("reference"));
    }

    private String screeningTask(Submitted request) {
        return taskService.createTaskQuery().processInstanceBusinessKey(request.reference())
                .taskDefinitionKey(SCREEN_REQUEST).singleResult().getId();
    }

    private String assigneeOf(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private void setDue(String taskId, Instant due) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        task.setDueDate(Date.from(due));
        taskService.saveTask(task);
    }

    /** The count a tab of the task list shows. */
    private static long tabCount(String page, String tab) {
        Matcher count = Pattern.compile("id=\"tab-" + tab + "\"[^>]*data-count=\"(\\d+)\"").matcher(page);
        assertThat(count.find()).as("tab %s with its count", tab).isTrue();
        return Long.parseLong(count.group(1));
    }

    /** The table row of one task. */
    private static String row(String page, String taskId) {
        for (String row : page.split("<tr")) {
            if (row.contains("/tasks/" + taskId + "\"")) {
                return row;
            }
        }
        throw new AssertionError("No row for task " + taskId);
    }

    /** A text as the user reads it: in the language saved with their account (pages follow it). */
    private String text(String username, String code, Object... args) {
        return messages.getMessage(code, args, localeOf(username));
    }

    private String taskName(String username, String taskKey) {
        return text(username, "task." + taskKey);
    }

    private Locale localeOf(String username) {
        return Objects.requireNonNullElse(preferences.savedLocale(username), Locale.ENGLISH);
    }

    /** As Thymeleaf escapes text into HTML. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
