package org.coopflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads over the limits, sent by a browser-like client to the real server (MockMvc never enforces multipart limits,
 * hence a real HTTP client here). The CSRF token travels in the form's body, never in its address: a file over the
 * attachment limit still arrives whole and the page names it; a request over what the server reads at all is
 * answered before it is read. Either way the partner lands back where they were with the reason — never on a CSRF
 * refusal or an error page — and nothing is saved.
 */
class UploadLimitPagesIT extends MariaDbIntegrationTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern UPLOAD_FORM = Pattern.compile(
            "action=\"(/requests/\\d+/attachments)\"><input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    AttachmentMapper attachmentMapper;

    @Test
    void aFileOverTheAttachmentLimitBringsThePartnerBackToTheRequestNamingIt() throws Exception {
        Long requestId = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Too big a scan"));
        HttpClient browser = browser();
        signIn(browser, "partner-kh");
        Matcher form = uploadForm(browser, requestId);

        HttpResponse<String> upload = send(browser, form.group(1), form.group(2), 16 * 1024 * 1024);

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location").orElseThrow()).endsWith("/requests/" + requestId + "#documents");
        assertThat(get(browser, "/requests/" + requestId).body()).contains("scan.pdf: this file is larger than 15 MB.");
        assertThat(attachmentMapper.findByRequest(requestId)).isEmpty();
    }

    @Test
    void anUploadOverWhatTheServerReadsIsAnsweredBeforeItIsRead() throws Exception {
        Long requestId = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Far too big a scan"));
        HttpClient browser = browser();
        signIn(browser, "partner-kh");
        Matcher form = uploadForm(browser, requestId);

        HttpResponse<String> upload = send(browser, form.group(1), form.group(2), 81 * 1024 * 1024);

        assertThat(upload.statusCode()).isEqualTo(303);
        assertThat(upload.headers().firstValue("Location")).hasValue("/requests/" + requestId + "#documents");
        assertThat(get(browser, "/requests/" + requestId).body())
                .contains("A file was larger than the limit of 15 MB, so nothing was saved.");
        assertThat(attachmentMapper.findByRequest(requestId)).isEmpty();
    }

    private Matcher uploadForm(HttpClient browser, Long requestId) throws Exception {
        String page = get(browser, "/requests/" + requestId).body();
        Matcher form = UPLOAD_FORM.matcher(page);
        assertThat(form.find()).as("upload form on the request page, its token in the body").isTrue();
        assertThat(page).doesNotContain("_csrf=");
        return form;
    }

    private HttpResponse<String> send(HttpClient browser, String action, String csrf, int size) throws Exception {
        byte[] scan = Arrays.copyOf(AttachmentPagesIT.PDF, size);
        String boundary = "----coopflow" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"scan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(scan);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return browser.send(HttpRequest.newBuilder(url(action))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private void signIn(HttpClient browser, String username) throws Exception {
        Matcher csrf = CSRF_FIELD.matcher(get(browser, "/login").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(url(path)).header("Accept-Language", "en").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
