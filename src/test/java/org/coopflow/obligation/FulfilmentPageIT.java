package org.coopflow.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.coopflow.attachment.Attachments;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Recording a fulfilment on the obligation's page: only the responsible side may (the partner for its own commitment,
 * not the lead coordinator, not another partner); a missing or refused document is said at the field and changes
 * nothing; a PDF is kept with the request's documents and completes the occurrence's task through its model.
 */
class FulfilmentPageIT extends MariaDbIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessDriver driver;
    @Autowired
    MockMvc mvc;
    @Autowired
    CoopFlowUserDetailsService users;
    @Autowired
    Obligations obligations;
    @Autowired
    Attachments attachments;
    @Autowired
    MessageSource messages;

    @Test
    void thePartnerRecordsItsObligationWithEvidenceAndOnlyThePartnerMay() throws Exception {
        Pages pages = new Pages(users);
        Journey journey = Signings.signed(Cast.of(rest), driver, Signings.form(null, null, null,
                List.of(Signings.obligation("Article 6", "PARTNER", "ONCE", LocalDate.now()))));
        Obligation obligation = obligations.obligationsOf(obligations.termsOfRequest(journey.id()).get(0).id()).get(0);
        Occurrence occurrence = obligations.occurrences(obligation.id()).get(0);
        assertThat(driver.fireTimer(journey.reference(), "dueDateReached")).isEqualTo(1);
        int documents = attachments.ofRequest(journey.id()).size();
        String path = "/obligations/" + obligation.id();

        assertThat(page(pages, "partner-kh", path)).contains("id=\"record-fulfilment\"");
        assertThat(page(pages, "coord-mois", path)).contains("Article 6").doesNotContain("id=\"record-fulfilment\"");
        mvc.perform(get(path).with(pages.as("partner-gt"))).andExpect(status().isNotFound());

        mvc.perform(fulfilment(path, occurrence, pdf("evidence.pdf")).with(pages.as("coord-mois")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(fulfilment(path, occurrence, pdf("evidence.pdf")).with(pages.as("partner-gt")).with(csrf()))
                .andExpect(status().isNotFound());
        String missing = mvc.perform(multipart(path + "/fulfilment").param("occurrence", occurrence.id().toString())
                        .param("note", "Report sent").with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(missing).contains(messages.getMessage("obligations.evidence.required", null, Locale.ENGLISH),
                "Report sent");
        mvc.perform(fulfilment(path, occurrence, new MockMultipartFile("evidence", "minutes.pdf", "application/pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(obligations.occurrence(occurrence.id()).status()).isEqualTo(OccurrenceStatus.DUE);
        assertThat(attachments.ofRequest(journey.id())).hasSize(documents);

        mvc.perform(fulfilment(path, occurrence, pdf("annual-report.pdf")).with(pages.as("partner-kh")).with(csrf()))
                .andExpect(redirectedUrl(path));

        Occurrence met = obligations.occurrence(occurrence.id());
        assertThat(met.status()).isEqualTo(OccurrenceStatus.FULFILLED);
        assertThat(met.fulfilledBy()).isEqualTo("partner-kh");
        assertThat(met.note()).isEqualTo("Annual report delivered.");
        assertThat(attachments.find(journey.id(), met.evidenceId()).orElseThrow().filename()).isEqualTo("annual-report.pdf");
        assertThat(Cast.of(rest).partner().tasks(journey.id(), ObligationProcess.TASK_FULFIL)).isEmpty();
        assertThat(page(pages, "partner-kh", path)).contains("annual-report.pdf").doesNotContain("id=\"record-fulfilment\"");
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder fulfilment(
            String path, Occurrence occurrence, MockMultipartFile file) {
        return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
                path + "/fulfilment").file(file).param("occurrence", occurrence.id().toString())
                .param("note", "Annual report delivered.");
    }

    private static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("evidence", name, "application/pdf", ObligationProcessIT.pdf());
    }

    private String page(Pages pages, String user, String path) throws Exception {
        return mvc.perform(get(path).with(pages.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
