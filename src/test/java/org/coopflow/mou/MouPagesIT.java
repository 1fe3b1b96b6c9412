package org.coopflow.mou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coopflow.export.PdfRenderer;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.Api;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The MOU versions page, the diff between two versions and a version as PDF: for the officials who see the
 * request, managers and the request's own partner; a foreign partner gets 404 like for the request itself.
 */
class MouPagesIT extends MariaDbIntegrationTest {

    private static final String FIRST = """
            제1조 (목적) 전자정부 협력
            Article 1. Purpose: cooperation on national ID cards.
            Article 2. Scope: enrolment and card production.
            Article 3. Duration: two years.""";
    private static final String SECOND = """
            제1조 (목적) 전자정부 협력
            Article 1. Purpose: cooperation on national ID cards.
            Article 2. Scope: enrolment, card production and data protection.
            Article 3. Duration: two years.
            Article 4. Señor López and the ministry's été training.""";

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    MouVersions mouVersions;

    @Autowired
    PdfRenderer pdfRenderer;

    @Autowired
    ProcessDriver driver;

    @Autowired
    MessageSource messages;

    private Pages pages;
    private Long requestId;
    private String reference;

    @BeforeEach
    void requestWithTwoMouVersions() {
        pages = new Pages(users);
        requestId = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("MOU pages request"));
        reference = (String) new Api(rest, "partner-kh").get("/api/v1/requests/" + requestId).getBody().get("reference");
        mouVersions.addVersion(requestId, "MOU on national ID cooperation", FIRST, null, "coord-mois");
        mouVersions.addVersion(requestId, "MOU on national ID cooperation", SECOND, "Data protection added",
                "coord-mois");
    }

    @Test
    void versionsPageListsEveryVersionAndShowsTheLatest() throws Exception {
        String page = page("coord-mois", "/requests/" + requestId + "/mou");

        assertThat(page).contains("id=\"mou-version-1\"", "id=\"mou-version-2\"", "Data protection added",
                "Kim Min-jun", "/requests/" + requestId + "/mou/1.pdf", "/requests/" + requestId + "/mou/2.pdf",
                "Article 4. Señor López");
        assertThat(page("coord-mois", "/requests/" + requestId + "/mou?version=1"))
                .contains("Article 2. Scope: enrolment and card production.").doesNotContain("Article 4.");
    }

    @Test
    void diffMarksAddedAndRemovedLinesWithTextNotColourAlone() throws Exception {
        // the manager reads Korean
        String page = page("manager", "/requests/" + requestId + "/mou?from=1&to=2");

        String removed = "<del><span class=\"diff-marker\" aria-hidden=\"true\">−</span>"
                + "<span class=\"visually-hidden\">" + korean("mou.diff.removed") + ": </span>"
                + "<span class=\"diff-text\">Article 2. Scope: enrolment and card production.</span></del>";
        String added = "<ins><span class=\"diff-marker\" aria-hidden=\"true\">+</span>"
                + "<span class=\"visually-hidden\">" + korean("mou.diff.added") + ": </span>"
                + "<span class=\"diff-text\">Article 4. Señor López and the ministry&#39;s été training.</span></ins>";
        assertThat(page).contains(korean("mou.diff.title", 1, 2), korean("mou.diff.summary", 2, 1), removed, added)
                .contains("<span class=\"diff-text\">제1조 (목적) 전자정부 협력</span>");
        assertThat(page.split("<ins>", -1)).hasSize(3);
        assertThat(page.split("<del>", -1)).hasSize(2);
    }

    @Test
    void requestPageLinksToTheVersionsForOfficialsAndTheOwnPartner() throws Exception {
        assertThat(page("coord-mois", "/requests/" + requestId)).contains("/requests/" + requestId + "/mou\"");
        assertThat(page("partner-kh", "/requests/" + requestId)).contains("/requests/" + requestId + "/mou\"",
                "Data protection added");
    }

    @Test
    void versionDownloadsAsPdfWithKoreanLabelsAndTheBodyLineByLine() throws Exception {
        assertThat(pdfRenderer.rendersKorean()).as("a Hangul TrueType font must be installed (apt install fonts-nanum)")
                .isTrue();
        byte[] pdf = mvc.perform(get("/requests/" + requestId + "/mou/2.pdf").with(pages.as("manager")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + reference + "-MOU-v2.pdf\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        assertThat(text).contains(reference, "MOU pages request", korean("mou.pdf.partner"), korean("mou.column.author"),
                korean("mou.pdf.reference"), "Kim Min-jun", "Data protection added");
        // the body keeps its lines, Korean and accented Latin alike
        assertThat(text).contains("제1조 (목적) 전자정부 협력\nArticle 1. Purpose: cooperation on national ID cards.\n")
                .contains("Article 4. Señor López and the ministry's été training.");
    }

    @Test
    void controlCharactersPastedIntoTheTextDoNotBreakThePdf() throws Exception {
        // XML 1.0 forbids them, and openhtmltopdf parses the page as XML
        mouVersions.addVersion(requestId, "MOU \u0007 pasted", "Article 1.\u000B Purpose\u0000.\nArticle 2.", null,
                "coord-mois");

        byte[] pdf = mvc.perform(get("/requests/" + requestId + "/mou/3.pdf").with(pages.as("coord-mois")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("Article 1. Purpose.\nArticle 2.");
    }

    @Test
    void partnerOfTheRequestReadsComparesAndDownloadsIt() throws Exception {
        mvc.perform(get("/requests/" + requestId + "/mou").with(pages.as("partner-kh"))).andExpect(status().isOk());
        mvc.perform(get("/requests/" + requestId + "/mou?from=2&to=1").with(pages.as("partner-kh")))
                .andExpect(status().isOk());
        byte[] pdf = mvc.perform(get("/requests/" + requestId + "/mou/1.pdf").with(pages.as("partner-kh")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        // partner-kh reads English
        assertThat(text(pdf)).contains("Partner", "Article 3. Duration: two years.").doesNotContain("Article 4.");
    }

    @Test
    void thePartnerReadsTheDraftersAgencyAndRoleNeverTheOfficialsName() throws Exception {
        String coordinators = "Coordinators, ";
        assertThat(page("partner-kh", "/requests/" + requestId + "/mou")).contains(coordinators)
                .doesNotContain("Kim Min-jun");
        byte[] pdf = mvc.perform(get("/requests/" + requestId + "/mou/2.pdf").with(pages.as("partner-kh")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains(coordinators).doesNotContain("Kim Min-jun");
    }

    @Test
    void foreignPartnersAndUninvolvedOfficialsGetNotFoundAndStrangersTheSignIn() throws Exception {
        for (String user : new String[]{"partner-gt", "expert-nec", "coord-nec"}) {
            for (String path : new String[]{"/mou", "/mou?version=1", "/mou?from=1&to=2", "/mou/1.pdf"}) {
                mvc.perform(get("/requests/" + requestId + path).with(pages.as(user)))
                        .andExpect(status().isNotFound());
            }
        }
        mvc.perform(get("/requests/" + requestId + "/mou/1.pdf")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/requests/" + requestId + "/mou")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void badVersionNumbersGetAFriendlyPageInTheReadersLanguage() throws Exception {
        for (String path : new String[]{"/mou?version=3", "/mou?from=1&to=9", "/mou/3.pdf", "/mou/0.pdf"}) {
            String page = mvc.perform(get("/requests/" + requestId + path).with(pages.as("manager")))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(path).contains(korean("error.page.notFound.title")).doesNotContain("Exception");
        }
        for (String path : new String[]{"/mou?version=two", "/mou?from=1", "/mou/v1.pdf", "/mou?from=1&to=99999999999"}) {
            String page = mvc.perform(get("/requests/" + requestId + path).with(pages.as("manager")))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(path).contains(korean("error.page.badRequest")).doesNotContain("Exception");
        }
    }

    @Test
    void partnerReviewingTheDraftFindsTheVersionsFromItsTask() throws Exception {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.toMouReviews(cast, driver);
        String taskId = cast.partner().taskId(journey.id(), "reviewMouPartner");

        assertThat(page("partner-kh", "/tasks/" + taskId)).contains("/requests/" + journey.id() + "/mou\"");
        assertThat(page("partner-kh", "/requests/" + journey.id() + "/mou")).contains("id=\"mou-version-1\"",
                "Article 1 ...");
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(pages.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\r\n", "\n");
        }
    }

    private String korean(String code, Object... args) {
        return messages.getMessage(code, args, Locale.KOREAN);
    }
}
