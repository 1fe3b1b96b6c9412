package org.coopflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.notification.MailPreference;
import org.coopflow.notification.MailPreferences;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.coopflow.support.UserTexts;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskList;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The inbox and e-mail settings pages through MockMvc: every signed-in user has their own and nobody else's (another
 * user's item is "not found"), changes need the CSRF token, a bad choice is refused in the reader's language and
 * changes nothing; opening an item or the page it leads to marks it read; the header counts what is unread; a
 * partner's inbox names agencies, never officials or engine ids; and the pages say "e-mailed" only when a mail leaves
 * (the tests' application has no mail server).
 */
class InboxPagesIT extends MariaDbIntegrationTest {

    private static final List<String> EVERYONE = List.of("partner-kh", "partner-gt", "intake", "coord-mois",
            "expert-mois", "legal", "manager", "admin");

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    InboxMapper mapper;

    @Autowired
    Inbox inbox;

    @Autowired
    MailPreferences preferences;

    @Autowired
    UserTexts texts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskList taskList;

    @Autowired
    RequestLifecycle lifecycle;

    private Pages pages;
    private Cast cast;

    @BeforeEach
    void signIn() {
        pages = new Pages(users);
        cast = Cast.of(rest);
    }

    @AfterEach
    void everyoneBackToMailAtOnce() {
        jdbc.update("DELETE FROM mail_preference WHERE username IN ('intake', 'partner-gt')");
    }

    @Test
    void everyoneSignedInHasAnInboxAndEmailSettingsAndNobodyElse() throws Exception {
        mvc.perform(get("/inbox")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/inbox/settings")).andExpect(redirectedUrlPattern("**/login"));
        for (String user : EVERYONE) {
            mvc.perform(get("/inbox").with(pages.as(user))).andExpect(status().isOk())
                    .andExpect(view().name(InboxPages.VIEW_INBOX))
                    .andExpect(content().string(Matchers.containsString(texts.of(user, "inbox.title"))));
            mvc.perform(get("/inbox/settings").with(pages.as(user))).andExpect(status().isOk())
                    .andExpect(view().name(InboxPages.VIEW_SETTINGS));
            // reachable from the header of every page
            mvc.perform(get("/inbox").with(pages.as(user)))
                    .andExpect(content().string(Matchers.containsString("id=\"email-settings-link\" href=\"/inbox/settings\"")));
        }
    }

    @Test
    void anotherUsersItemDoesNotExistAndOneOfOurOwnLeadsToItsPlaceMarkedRead() throws Exception {
        Journey journey = Journeys.submitted(cast);
        InboxItem offer = items("intake", journey).get(0);

        mvc.perform(get("/inbox/{id}", offer.id).with(pages.as("intake-2"))).andExpect(status().isNotFound());
        mvc.perform(get("/inbox/{id}", offer.id).with(pages.as("partner-kh"))).andExpect(status().isNotFound());
        mvc.perform(get("/inbox/{id}", "not-a-number").with(pages.as("intake"))).andExpect(status().isBadRequest());
        assertThat(items("intake", journey).get(0).unread()).isTrue();

        mvc.perform(get("/inbox/{id}", offer.id).with(pages.as("intake")))
                .andExpect(redirectedUrl(offer.targetLink));
        assertThat(items("intake", journey).get(0).unread()).isFalse();
    }

    @Test
    void anItemOfAStepTakenMeanwhileLeadsToTheStepWhichSaysWhoHasIt() throws Exception {
        Journey journey = Journeys.submitted(cast);
        InboxItem offer = items("intake-2", journey).get(0);
        cast.intake().post("/api/v1/tasks/" + offer.taskId + "/claim", null);

        mvc.perform(get("/inbox/{id}", offer.id).with(pages.as("intake-2"))).andExpect(redirectedUrl(offer.targetLink));
    }

    @Test
    void anItemOfAStepNoLongerOpenLeadsToTheRequestOrBackToTheInbox() throws Exception {
        Journey journey = Journeys.submitted(cast);
        InboxItem offer = items("intake-2", journey).get(0);
        OpenTask screening = taskList.find(offer.taskId).orElseThrow();
        // an item about the step for an official of an agency the request does not involve (NEC)
        inbox.deliver(News.of(ItemKind.TASK_ASSIGNED, lifecycle.find(journey.id())).step(screening),
                List.of("coord-nec"));
        InboxItem elsewhere = items("coord-nec", journey).get(0);
        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "ACCEPT"));

        mvc.perform(get("/inbox/{id}", offer.id).with(pages.as("intake-2")))
                .andExpect(redirectedUrl("/requests/" + journey.id()))
                .andExpect(flash().attribute("notice", texts.of("intake-2", "inbox.stepGone",
                        texts.taskName("intake-2", "screenRequest"), journey.reference())));
        // never to a page that would not be found
        mvc.perform(get("/inbox/{id}", elsewhere.id).with(pages.as("coord-nec")))
                .andExpect(redirectedUrl("/inbox"))
                .andExpect(flash().attribute("notice", texts.of("coord-nec", "inbox.stepGone",
                        texts.taskName("coord-nec", "screenRequest"), journey.reference())));
    }

    @Test
    void markingAllReadNeedsTheCsrfTokenAndEmptiesTheBadge() throws Exception {
        Journeys.submitted(cast);
        assertThat(inbox.unread("intake-2")).isPositive();

        mvc.perform(post("/inbox/read").cookie(session("intake-2")).with(pages.as("intake-2")))
                .andExpect(status().isForbidden());
        assertThat(inbox.unread("intake-2")).isPositive();

        mvc.perform(post("/inbox/read").with(pages.as("intake-2")).with(csrf()))
                .andExpect(redirectedUrl("/inbox"))
                .andExpect(flash().attribute("notice", Matchers.notNullValue()));
        assertThat(inbox.unread("intake-2")).isZero();
        mvc.perform(get("/tasks").with(pages.as("intake-2")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"inbox-badge\""))));
    }

    @Test
    void theHeaderCountsTheUnreadItemsAndOpeningTheRequestPageReadsThoseLeadingThere() throws Exception {
        Journey journey = Journeys.toAssigningExperts(cast);
        cast.partner().post("/api/v1/requests/" + journey.id() + "/messages", Map.of("text", "Badge " + UUID.randomUUID()));
        int unread = inbox.unread("coord-komsco");
        assertThat(unread).isPositive();

        mvc.perform(get("/tasks").with(pages.as("coord-komsco")))
                .andExpect(content().string(Matchers.containsString(
                        "id=\"inbox-badge\" class=\"badge count\">" + (unread >= 100 ? "99+" : unread) + "<")));

        mvc.perform(get("/requests/{id}", journey.id()).with(pages.as("coord-komsco"))).andExpect(status().isOk());

        assertThat(items("coord-komsco", journey)).filteredOn(i -> i.kind == ItemKind.MESSAGE_POSTED)
                .allSatisfy(i -> assertThat(i.unread()).isFalse());
        assertThat(items("coord-komsco", journey)).filteredOn(i -> i.kind == ItemKind.TASK_OFFERED)
                .allSatisfy(i -> assertThat(i.unread()).isTrue());
        // a page that is not found marks nothing: another partner's request
        int gtUnread = inbox.unread("partner-gt");
        mvc.perform(get("/requests/{id}", journey.id()).with(pages.as("partner-gt"))).andExpect(status().isNotFound());
        assertThat(inbox.unread("partner-gt")).isEqualTo(gtUnread);
    }

    @Test
    void thePartnersInboxNamesTheAgencyNeverTheOfficialNorAnEngineId() throws Exception {
        Journey journey = Journeys.submitted(cast);
        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "Which provinces take part?"));
        cast.intake().post("/api/v1/requests/" + journey.id() + "/messages", Map.of("text", "See the question."));
        List<InboxItem> partnerItems = items("partner-kh", journey);
        assertThat(partnerItems).extracting(i -> i.kind).contains(ItemKind.TASK_OFFERED, ItemKind.MESSAGE_POSTED);
        String taskId = partnerItems.stream().filter(i -> i.kind == ItemKind.TASK_OFFERED).findFirst().orElseThrow()
                .taskId;

        String page = mvc.perform(get("/inbox").with(pages.as("partner-kh"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(texts.of("partner-kh", "agency.MOIS"), journey.reference(),
                        texts.of("partner-kh", "inbox.item.TASK_OFFERED.partner", journey.reference(), "",
                                texts.taskName("partner-kh", "answerClarification"), "", "", "", "", ""))
                .doesNotContain("Lee Ji-won").doesNotContain(taskId);
    }

    @Test
    void settingsNeedTheCsrfTokenAndRefuseABadChoiceInTheReadersLanguage() throws Exception {
        mvc.perform(post("/inbox/settings").param("preference", "NONE").cookie(session("intake"))
                        .with(pages.as("intake")))
                .andExpect(status().isForbidden());
        assertThat(preferences.of("intake")).isEqualTo(MailPreference.AT_ONCE);

        mvc.perform(post("/inbox/settings").param("preference", "SOMETIMES").with(pages.as("intake")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(InboxPages.VIEW_SETTINGS))
                .andExpect(content().string(Matchers.containsString(texts.of("intake", "inbox.settings.choose"))));
        mvc.perform(post("/inbox/settings").with(pages.as("intake")).with(csrf()))
                .andExpect(content().string(Matchers.containsString(texts.of("intake", "inbox.settings.choose"))));
        assertThat(preferences.of("intake")).isEqualTo(MailPreference.AT_ONCE);

        mvc.perform(post("/inbox/settings").param("preference", "DIGEST").with(pages.as("intake")).with(csrf()))
                .andExpect(redirectedUrl("/inbox/settings"))
                .andExpect(flash().attribute("notice", texts.of("intake", "inbox.settings.saved.DIGEST", "08:00")));
        assertThat(preferences.of("intake")).isEqualTo(MailPreference.DIGEST);
        mvc.perform(get("/inbox/settings").with(pages.as("intake")))
                .andExpect(content().string(Matchers.containsString("value=\"DIGEST\" checked=\"checked\"")))
                // the digest's hour in the reader's own zone, and that this installation sends no mail
                .andExpect(content().string(Matchers.containsString("Asia/Seoul")))
                .andExpect(content().string(Matchers.containsString("id=\"no-mail\"")));
        // one account's choice is its own
        assertThat(preferences.of("intake-2")).isEqualTo(MailPreference.AT_ONCE);
    }

    @Test
    void withoutAMailServerThePagesNeverSayEmailed() throws Exception {
        Journey journey = Journeys.toAssigningExperts(cast);

        mvc.perform(post("/requests/{id}/messages", journey.id()).param("text", "Any news on the experts?")
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(redirectedUrl("/requests/" + journey.id() + "#messages"))
                .andExpect(flash().attribute("notice", texts.of("partner-kh", "requests.notice.messageSent")));

        MvcResult submitted = mvc.perform(Pages.requestForm(UUID.randomUUID().toString(), "Inbox truth " + UUID.randomUUID())
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        Long id = Long.valueOf(submitted.getResponse().getRedirectedUrl().substring("/requests/".length()));
        String reference = jdbc.queryForObject("SELECT reference FROM cooperation_request WHERE id = ?", String.class, id);
        assertThat(submitted.getFlashMap().get("notice"))
                .isEqualTo(texts.of("partner-kh", "requests.notice.received", reference, "sokha.chan@interior.gov.kh.example"));
        mvc.perform(get("/requests/new").with(pages.as("partner-kh")))
                .andExpect(content().string(Matchers.containsString(
                        texts.of("partner-kh", "requests.form.contactEmail.hintNoMail"))));
    }

    /** A signed-in browser's session: it holds the token every form of the pages carries. */
    private Cookie session(String username) throws Exception {
        Cookie session = mvc.perform(get("/inbox").with(pages.as(username))).andReturn().getResponse()
                .getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    private List<InboxItem> items(String username, Journey journey) {
        return mapper.findPage(username, false, 0, 10_000).stream().filter(i -> i.requestId.equals(journey.id()))
                .sorted(Comparator.comparing(i -> i.id)).toList();
    }
}
