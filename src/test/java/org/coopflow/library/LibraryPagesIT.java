package org.coopflow.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.coopflow.attachment.Attachments;
import org.coopflow.attachment.Upload;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.Api;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.coopflow.support.PastRequests;
import org.coopflow.support.ProcessDriver;
import org.coopflow.support.UserTexts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The library's pages and the suggestions panel through MockMvc: who may open the library and each entry (a partner
 * its own organisation's outcomes and documents only), the way back to the request where the reader may open it,
 * sharing, attaching a suggestion (CSRF, bad input, nothing changed when refused), and the panel on the screening
 * and planning task pages and on the request page.
 */
class LibraryPagesIT extends MariaDbIntegrationTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    CoopFlowUserDetailsService users;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessDriver driver;
    @Autowired
    LibraryMapper mapper;
    @Autowired
    Attachments attachments;
    @Autowired
    UserTexts texts;
    @Autowired
    JdbcTemplate jdbc;

    private Pages pages;
    private Cast cast;
    private String token;

    @BeforeEach
    void signIn() {
        pages = new Pages(users);
        cast = Cast.of(rest);
        token = PastRequests.rareWord();
    }

    @Test
    void partnersAndOfficialsOpenTheLibraryAnAdministratorDoesNot() throws Exception {
        for (String user : List.of("partner-kh", "partner-gt", "intake", "coord-mois", "expert-nec", "legal",
                "manager")) {
            mvc.perform(get("/library").with(pages.as(user))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(texts.of(user, "library.title"))));
        }
        mvc.perform(get("/library").with(pages.as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/library")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void aPartnerSeesOnlyItsOwnOrganisationsOutcomesAndDocuments() throws Exception {
        Journey journey = Journeys.toFeedback(cast, driver);
        attachments.upload(users.currentUserOf("partner-kh"), journey.id(), new Upload("roll-out-" + token + ".pdf",
                PDF));
        Long document = mapper.findEntriesOfRequest(journey.id(), EntryKind.DOCUMENT).get(0).id();
        Long outcome = mapper.findEntriesOfRequest(journey.id(), EntryKind.OUTCOME).get(0).id();

        // its own: found, opened, downloaded
        mvc.perform(get("/library?q=" + journey.reference()).with(pages.as("partner-kh")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/library/" + document + "\"")))
                .andExpect(content().string(Matchers.containsString("/library/" + outcome + "\"")));
        mvc.perform(get("/library/" + outcome).with(pages.as("partner-kh"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Forum held with 40 officials.")));
        mvc.perform(get("/library/" + document + "/download").with(pages.as("partner-kh")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(content().bytes(PDF));

        // another partner: nothing, as if it did not exist
        mvc.perform(get("/library?q=" + journey.reference()).with(pages.as("partner-gt")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/library/" + outcome + "\""))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/library/" + document + "\""))))
                .andExpect(content().string(Matchers.containsString("id=\"library-empty\"")));
        // with no words nor filters either, a partner is told what will appear, not the officials' rules
        mvc.perform(get("/library").with(pages.as("partner-gt")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/library/" + outcome + "\""))));
        mvc.perform(get("/library/" + outcome).with(pages.as("partner-gt"))).andExpect(status().isNotFound());
        mvc.perform(get("/library/" + document).with(pages.as("partner-gt"))).andExpect(status().isNotFound());
        mvc.perform(get("/library/" + document + "/download").with(pages.as("partner-gt")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEntryLinksBackToItsRequestWhereTheReaderMayOpenItAndIsSharedByItsLeadAgency() throws Exception {
        Journey journey = Journeys.submitted(cast);
        attachments.upload(users.currentUserOf("partner-kh"), journey.id(), new Upload("census-" + token + ".pdf",
                PDF));
        Long document = mapper.findEntriesOfRequest(journey.id(), EntryKind.DOCUMENT).get(0).id();

        mvc.perform(get("/library/" + document).with(pages.as("coord-mois"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"entry-request-link\"")))
                .andExpect(content().string(Matchers.containsString("/requests/" + journey.id() + "\"")))
                .andExpect(content().string(Matchers.containsString("id=\"entry-share\"")));
        mvc.perform(get("/library/" + document).with(pages.as("coord-nec"))).andExpect(status().isNotFound());

        // sharing: the lead agency's coordinator, with the form's CSRF token; a supporting agency may not
        mvc.perform(post("/library/" + document + "/share").param("shareable", "true")
                .with(csrf().useInvalidToken()).with(pages.as("coord-mois"))).andExpect(status().isForbidden());
        mvc.perform(post("/library/" + document + "/share").param("shareable", "true").with(csrf())
                .with(pages.as("coord-komsco"))).andExpect(status().isForbidden());
        mvc.perform(post("/library/" + document + "/share").param("shareable", "true").with(csrf())
                .with(pages.as("partner-kh"))).andExpect(status().isForbidden());
        assertThat(mapper.findEntry(document).shareable()).isFalse();
        mvc.perform(post("/library/" + document + "/share").param("shareable", "true").with(csrf())
                        .with(pages.as("coord-mois")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/library/" + document))
                .andExpect(flash().attribute("notice", texts.of("coord-mois", "library.share.done")));
        assertThat(mapper.findEntry(document).sharedBy()).isEqualTo("coord-mois");

        // shared: every official reads the entry, without the way into a request they may not open
        mvc.perform(get("/library/" + document).with(pages.as("coord-nec"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"entry-request-closed\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"entry-request-link\""))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"entry-share\""))));
        mvc.perform(get("/requests/" + journey.id()).with(pages.as("coord-nec"))).andExpect(status().isNotFound());
        mvc.perform(get("/library/" + document + "/download").with(pages.as("coord-nec"))).andExpect(status().isOk());
        // never another partner
        mvc.perform(get("/library/" + document).with(pages.as("partner-gt"))).andExpect(status().isNotFound());
    }

    @Test
    void attachingASuggestionTakesTheFormsTokenAndGoodInputAndChangesNothingOtherwise() throws Exception {
        Journey past = PastRequests.submit(cast.partner(), "NATIONAL_ID", "Card printing " + token,
                "Printing lines for " + token + " cards.");
        attachments.upload(users.currentUserOf("partner-kh"), past.id(), new Upload("printing.pdf", PDF));
        Journey request = PastRequests.submit(cast.partner(), "NATIONAL_ID", "Card personalisation " + token,
                "Personalising " + token + " cards in provinces.");
        String page = "/requests/" + request.id();

        // a forged form (not the page's CSRF token): refused
        mvc.perform(post("/library/suggestions").param("request", request.id().toString())
                .param("suggested", past.id().toString()).with(csrf().useInvalidToken()).with(pages.as("intake")))
                .andExpect(status().isForbidden());
        // not numbers, missing: the bad request page
        mvc.perform(post("/library/suggestions").param("request", request.id().toString()).param("suggested", "abc")
                .with(csrf()).with(pages.as("intake"))).andExpect(status().isBadRequest());
        mvc.perform(post("/library/suggestions").param("request", request.id().toString())
                .with(csrf()).with(pages.as("intake"))).andExpect(status().isBadRequest());
        // the request itself: said on the page it came from
        mvc.perform(post("/library/suggestions").param("request", request.id().toString())
                        .param("suggested", request.id().toString()).param("back", page).with(csrf())
                        .with(pages.as("intake")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page + "#library-suggestions"))
                .andExpect(flash().attribute("problem", texts.of("intake", "library.suggestion.invalid")));
        // someone who may not attach
        mvc.perform(post("/library/suggestions").param("request", request.id().toString())
                .param("suggested", past.id().toString()).with(csrf()).with(pages.as("coord-komsco")))
                .andExpect(status().isForbidden());
        assertThat(attached(request)).isZero();

        // intake, from the request page (an address elsewhere is not followed)
        mvc.perform(post("/library/suggestions").param("request", request.id().toString())
                        .param("suggested", past.id().toString()).param("back", "https://example.org/")
                        .with(csrf()).with(pages.as("intake")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page + "#library-suggestions"))
                .andExpect(flash().attribute("notice", texts.of("intake", "library.suggestion.attached",
                        past.reference())));
        assertThat(attached(request)).isOne();

        // shown on the request page to the officials, never to the partner
        mvc.perform(get(page).with(pages.as("coord-mois"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"library-attached\"")))
                .andExpect(content().string(Matchers.containsString(past.reference())))
                .andExpect(content().string(Matchers.containsString(texts.of("coord-mois", "library.why.sector",
                        texts.of("coord-mois", "sector.NATIONAL_ID")))));
        mvc.perform(get(page).with(pages.as("partner-kh"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("library-suggestions"))));
        // and on the audit timeline
        mvc.perform(get(page + "/timeline").with(pages.as("manager"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-event=\"SUGGESTION_ATTACHED\"")));
    }

    @Test
    void theScreeningAndPlanningPagesSuggestAndOtherStepsDoNot() throws Exception {
        Journey past = PastRequests.submit(cast.partner(), "NATIONAL_ID", "Chip cards " + token,
                "Chips for " + token + " identity cards.");
        attachments.upload(users.currentUserOf("partner-kh"), past.id(), new Upload("chips.pdf", PDF));
        Journey request = PastRequests.submit(cast.partner(), "NATIONAL_ID", "Contactless " + token,
                "Contactless " + token + " identity cards.");

        String screening = cast.intake().taskId(request.id(), "screenRequest");
        String html = mvc.perform(get("/tasks/" + screening).with(pages.as("intake"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"library-suggestions\"", "data-request=\"" + past.id() + "\"",
                texts.of("intake", "library.why.words", 3, token + ", identity, cards"), "id=\"attach-" + past.id() + "\"");
        // the request page shows intake the same while it screens
        mvc.perform(get("/requests/" + request.id()).with(pages.as("intake"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-request=\"" + past.id() + "\"")));

        Journey planning = Journeys.toConsultation(cast);
        String plan = cast.coordMois().taskId(planning.id(), "planConsultation");
        mvc.perform(get("/tasks/" + plan).with(pages.as("coord-mois"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"library-suggestions\"")));
        String nomination = cast.coordMois().taskId(Journeys.toAssigningExperts(cast).id(), "nominateExperts");
        mvc.perform(get("/tasks/" + nomination).with(pages.as("coord-mois"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("library-suggestions"))));
    }

    @Test
    void badInputIsExplainedOnThePageAndUnknownEntriesAreNotFound() throws Exception {
        mvc.perform(get("/library?from=yesterday&kind=POEMS&page=-3&q=%20").with(pages.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"from-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"kind-error\"")));
        mvc.perform(get("/library?from=2026-03-10&to=2026-03-01").with(pages.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(texts.of("manager",
                        "library.search.toBeforeFrom"))));
        mvc.perform(get("/library/not-a-number").with(pages.as("manager"))).andExpect(status().isBadRequest());
        mvc.perform(get("/library/999999999").with(pages.as("manager"))).andExpect(status().isNotFound());
        mvc.perform(post("/library/999999999/share").param("shareable", "maybe").with(csrf())
                .with(pages.as("manager"))).andExpect(status().isBadRequest());
    }

    private int attached(Journey request) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM library_suggestion WHERE request_id = ?", Integer.class,
                request.id());
    }
}
