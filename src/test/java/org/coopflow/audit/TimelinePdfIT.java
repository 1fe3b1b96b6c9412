package org.coopflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coopflow.export.PdfRenderer;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/** The audit timeline as PDF: the CSV's columns in the reader's language, for exactly the CSV's readers. */
class TimelinePdfIT extends MariaDbIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    PdfRenderer pdfRenderer;

    @Autowired
    MessageSource messages;

    private Pages pages;
    private Long requestId;
    private String reference;

    @BeforeEach
    void screenedRequest() {
        pages = new Pages(users);
        Api partner = new Api(rest, "partner-kh");
        requestId = partner.submitNew(Api.nationalIdRequest("Timeline PDF request"));
        reference = (String) partner.get("/api/v1/requests/" + requestId).getBody().get("reference");
        new Api(rest, "intake").complete(requestId, "screenRequest", Map.of("screeningDecision", "ACCEPT"));
    }

    @Test
    void managerDownloadsTheTimelineInKorean() throws Exception {
        assertThat(pdfRenderer.rendersKorean()).as("a Hangul TrueType font must be installed (apt install fonts-nanum)")
                .isTrue();
        byte[] pdf = mvc.perform(get("/requests/" + requestId + "/timeline.pdf").with(pages.as("manager")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"" + reference + "-timeline.pdf\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        // a title page with the request's summary, then the lines, the pages numbered
        assertThat(text).contains(korean("timeline.pdf.heading"), reference + " — Timeline PDF request",
                        korean("timeline.pdf.lead"), korean("timeline.pdf.supporting"), "Asia/Seoul")
                .contains(korean("timeline.title", reference), korean("timeline.column.when"),
                        korean("timeline.column.what"))
                .contains("Lee Ji-won (MOIS " + korean("audit.role.INTAKE") + ")", korean("task.screenRequest"))
                .contains("2 / ")
                .doesNotContain("TASK_COMPLETED", "ENGINE", "APPLICATION", "businessRuleTask");
        // one typeface, embedded, page numbers included: the fallback fonts are read only for what it lacks
        assertThat(fontNames(pdf)).isNotEmpty().allSatisfy(name -> assertThat(name).contains("Nanum"));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void anOfficialOfAnInvolvedAgencyReadsItInEnglish(CapturedOutput log) throws Exception {
        byte[] pdf = mvc.perform(get("/requests/" + requestId + "/timeline.pdf").with(pages.as("expert-mois")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(text(pdf)).contains("Audit record", "Audit timeline of " + reference, "When", "What",
                "Lee Ji-won (MOIS intake) took the step \"Screen request\".");
        // an export is no warning in the operators' log (PDFBox's stand-ins for fonts no template uses)
        assertThat(log.getOut()).doesNotContain("Using fallback font");
    }

    @Test
    void whatPartnersWriteInTheirOwnScriptsIsInThePdf() throws Exception {
        Api partner = new Api(rest, "partner-kh");
        // Khmer, Vietnamese, Thai and Lao are not in the Korean font (they came out as "#####"); Cyrillic is
        String[] words = {"អត្តសញ្ញាណប័ណ្ណ", "Căn", "cước", "บัตรประชาชน", "ບັດປະຈຳຕົວ", "Удостоверение"};
        Long id = partner.submitNew(Api.nationalIdRequest(String.join(" ", words)));

        byte[] pdf = mvc.perform(get("/requests/" + id + "/timeline.pdf").with(pages.as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(text(pdf)).as("fonts for the partners' scripts must be installed (apt install fonts-noto-core)")
                .contains(words).doesNotContain("###");
    }

    @Test
    void sameReadersAsTheCsv() throws Exception {
        for (String user : new String[]{"partner-gt", "expert-nec"}) {
            mvc.perform(get("/requests/" + requestId + "/timeline.pdf").with(pages.as(user)))
                    .andExpect(status().isNotFound());
        }
        // the partner sees its request, but not the internal history
        String page = mvc.perform(get("/requests/" + requestId + "/timeline.pdf").with(pages.as("partner-kh")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Not allowed");
        mvc.perform(get("/requests/" + requestId + "/timeline.pdf")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        // and the timeline page offers it next to the CSV
        assertThat(mvc.perform(get("/requests/" + requestId + "/timeline").with(pages.as("coord-mois")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/requests/" + requestId + "/timeline.csv", "/requests/" + requestId + "/timeline.pdf");
    }

    /** The fonts the pages draw with (the base font name, after the subset prefix for an embedded one). */
    private static Set<String> fontNames(byte[] pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName font : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(font).getName());
                }
            }
        }
        return names;
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
