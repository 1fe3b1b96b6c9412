package org.coopflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.request.RequestMapper;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Documents through the pages and the API: what is accepted, how it is stored and handed out, and to whom. */
class AttachmentPagesIT extends MariaDbIntegrationTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    AttachmentMapper attachmentMapper;

    @Autowired
    RequestMapper requestMapper;

    private Pages pages;
    private Long requestId;

    @BeforeEach
    void request() {
        pages = new Pages(users);
        requestId = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("With documents"));
    }

    @Test
    void allowedPdfIsStoredWithItsSha256AndDownloadedAsAnAttachment() throws Exception {
        mvc.perform(multipart("/requests/" + requestId + "/attachments")
                        .file(new MockMultipartFile("files", "Enrolment plan ភ្នំពេញ.pdf", "application/pdf", PDF))
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/requests/" + requestId + "#documents"))
                .andExpect(flash().attribute("notice", "The document was added."));

        Attachment stored = attachmentMapper.findByRequest(requestId).get(0);
        assertThat(stored.sha256()).isEqualTo(sha256(PDF));
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(PDF.length);
        assertThat(stored.filename()).isEqualTo("Enrolment plan ភ្នំពេញ.pdf");

        byte[] downloaded = mvc.perform(get("/requests/" + requestId + "/attachments/" + stored.id())
                        .with(pages.as("coord-mois")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", Matchers.containsString(
                        "filename*=UTF-8''Enrolment%20plan%20%E1%9E%97%E1%9F%92%E1%9E%93%E1%9F%86%E1%9E%96%E1%9F%81%E1%9E%89.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", "sandbox"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        mvc.perform(get("/requests/" + requestId).with(pages.as("partner-kh")))
                .andExpect(content().string(Matchers.containsString("added the document Enrolment plan")));
    }

    @Test
    void htmlRenamedToPdfIsRefused() throws Exception {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/requests/" + requestId + "/attachments")
                        .file(new MockMultipartFile("files", "report.pdf", "application/pdf", html))
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(AttachmentPages.UPLOAD_ERROR,
                        Matchers.startsWith("report.pdf: this type of file is not accepted")));

        assertThat(attachmentMapper.findByRequest(requestId)).isEmpty();
    }

    @Test
    void fileOverTheLimitIsRefusedWithAFriendlyMessage() throws Exception {
        byte[] big = Arrays.copyOf(PDF, 15 * 1024 * 1024 + 1);

        mvc.perform(multipart("/requests/" + requestId + "/attachments")
                        .file(new MockMultipartFile("files", "scan.pdf", "application/pdf", big))
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute(AttachmentPages.UPLOAD_ERROR, "scan.pdf: this file is larger than 15 MB."));

        assertThat(attachmentMapper.findByRequest(requestId)).isEmpty();
    }

    @Test
    void badFileOnTheRequestFormCreatesNothing() throws Exception {
        String key = UUID.randomUUID().toString();

        mvc.perform(Pages.requestForm(key, "With a disguised page")
                        .file(new MockMultipartFile("files", "plan.pdf", "application/pdf", PDF))
                        .file(new MockMultipartFile("files", "agenda.pdf", "application/pdf",
                                "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8)))
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/requests/new"))
                // the request form lists it at the top with the other errors (RequestFormPagesIT)
                .andExpect(flash().attribute("submissionErrors", Matchers.hasToString(
                        Matchers.containsString("files=agenda.pdf: this type of file is not accepted"))));

        assertThat(requestMapper.findByIdempotencyKey("KH-MOI", key)).isNull();
    }

    @Test
    void filesSentWithTheRequestFormAreAttached() throws Exception {
        String key = UUID.randomUUID().toString();

        String page = mvc.perform(Pages.requestForm(key, "With a plan attached")
                        .file(new MockMultipartFile("files", "plan.pdf", "application/pdf", PDF))
                        .with(pages.as("partner-kh")).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        Long id = requestMapper.findByIdempotencyKey("KH-MOI", key).id();
        assertThat(page).isEqualTo("/requests/" + id);
        assertThat(attachmentMapper.findByRequest(id)).extracting(Attachment::filename).containsExactly("plan.pdf");
    }

    @Test
    void onlyThoseWhoSeeTheRequestDownloadItsDocuments() throws Exception {
        Long attachmentId = upload("partner-kh");

        mvc.perform(get("/requests/" + requestId + "/attachments/" + attachmentId).with(pages.as("partner-gt")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/requests/" + requestId + "/attachments/" + attachmentId).with(pages.as("expert-nec")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/requests/" + requestId + "/attachments/" + attachmentId)
                        .with(httpBasic("partner-gt", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/requests/" + requestId + "/attachments/" + attachmentId).with(pages.as("manager")))
                .andExpect(status().isOk());
    }

    @Test
    void apiClientsUploadListAndDownload() throws Exception {
        mvc.perform(multipart("/api/v1/requests/" + requestId + "/attachments")
                        .file(new MockMultipartFile("file", "terms.pdf", "application/octet-stream", PDF))
                        .with(httpBasic("partner-kh", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.filename").value("terms.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(PDF.length))
                .andExpect(jsonPath("$.sha256").value(sha256(PDF)));

        mvc.perform(get("/api/v1/requests/" + requestId + "/attachments").with(httpBasic("coord-mois", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].filename").value("terms.pdf"));
        mvc.perform(multipart("/api/v1/requests/" + requestId + "/attachments")
                        .file(new MockMultipartFile("file", "page.pdf", "application/pdf",
                                "<html></html>".getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("partner-kh", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.file").value(Matchers.startsWith("This type of file is not accepted")));
    }

    @Test
    void managersReadButDoNotAddDocuments() throws Exception {
        mvc.perform(multipart("/api/v1/requests/" + requestId + "/attachments")
                        .file(new MockMultipartFile("file", "note.pdf", "application/pdf", PDF))
                        .with(httpBasic("manager", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/requests/" + requestId).with(pages.as("manager")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Add documents"))));
    }

    private Long upload(String username) throws Exception {
        mvc.perform(multipart("/requests/" + requestId + "/attachments")
                        .file(new MockMultipartFile("files", "plan.pdf", "application/pdf", PDF))
                        .with(pages.as(username)).with(csrf()))
                .andExpect(status().isFound());
        return attachmentMapper.findByRequest(requestId).get(0).id();
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
