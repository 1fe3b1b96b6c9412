package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.TestAccounts;
import org.coopflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Headers and bad input on the real server: a Content-Security-Policy without inline scripts on every page (Camunda's
 * webapps keep their own), framing refused, Referrer- and Permissions-Policy, HSTS and a Secure session cookie behind
 * a TLS proxy; malformed requests answer 4xx problems, never 500 (page bounds, NUL bytes and control characters in
 * names, multipart cut short, oversized headers, Office documents that are zip bombs or not what their name says);
 * the manager posts no messages; a GET never changes the account's language.
 */
class HardeningIT extends MariaDbIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;
    @LocalServerPort
    int port;

    @Test
    void everyPageCarriesAContentSecurityPolicyWithoutInlineScripts() {
        WebSession partner = new WebSession(rest).signedIn("partner-kh", "demo");
        for (String path : List.of("/login", "/requests", "/requests/new", "/account/password")) {
            ResponseEntity<String> page = partner.get(path);
            assertThat(page.getStatusCode().value()).as(path).isEqualTo(200);
            HttpHeaders headers = page.getHeaders();
            String policy = headers.getFirst("Content-Security-Policy");
            assertThat(policy).as(path).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(policy.substring(policy.indexOf("script-src"))).as(path).doesNotStartWith("script-src 'self' 'unsafe");
            assertThat(policy).doesNotContain("script-src 'self' 'unsafe-inline'", "'unsafe-eval'");
            assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(headers.getFirst("Permissions-Policy")).contains("camera=()", "geolocation=()");
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        ResponseEntity<String> api = basic("partner-kh", HttpMethod.GET, "/api/v1/requests", null, null);
        assertThat(api.getHeaders().getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        // Cockpit keeps the policy Camunda gives it (its pages need their own nonces), not ours
        ResponseEntity<String> cockpit = new WebSession(rest).signedIn("manager", "demo").get("/camunda/app/cockpit/default/");
        assertThat(cockpit.getStatusCode().value()).isEqualTo(200);
        assertThat(cockpit.getHeaders().get("Content-Security-Policy")).isNotEqualTo(
                List.of(partner.get("/login").getHeaders().getFirst("Content-Security-Policy")));
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
        HttpHeaders tls = new HttpHeaders();
        tls.set("X-Forwarded-Proto", "https");
        ResponseEntity<String> secure = rest.exchange("/login", HttpMethod.GET, new HttpEntity<>(tls), String.class);
        assertThat(secure.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(secure.getHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie ->
                assertThat(cookie).startsWith("SESSION=").contains("Secure", "HttpOnly", "SameSite=Lax"));
        ResponseEntity<String> plain = rest.getForEntity("/login", String.class);
        assertThat(plain.getHeaders().getFirst("Strict-Transport-Security")).isNull();
    }

    @Test
    void aLanguageChosenByGetLastsOneVisitAndOnlyThePostKeepsIt() {
        String user = TestAccounts.create(jdbc, passwords, "lang", "MOIS", TestAccounts.group(jdbc, "INTAKE"));
        WebSession session = new WebSession(rest).signedIn(user, TestAccounts.PASSWORD);
        ResponseEntity<String> french = session.get("/tasks?lang=fr");
        assertThat(french.getBody()).contains("lang=\"fr\"");
        assertThat(locale(user)).isEqualTo("en");
        session.takeCsrf(french);
        ResponseEntity<String> chosen = session.postForm("/account/language", Map.of("lang", "ko", "here", "/tasks"));
        assertThat(chosen.getHeaders().getLocation().getPath()).isEqualTo("/tasks");
        assertThat(locale(user)).isEqualTo("ko");
        // the return address is a path of this site only
        session.takeCsrf(session.get("/tasks"));
        ResponseEntity<String> elsewhere = session.postForm("/account/language",
                Map.of("lang", "es", "here", "//evil.example/phish"));
        assertThat(elsewhere.getHeaders().getLocation().toString()).doesNotContain("evil.example");
    }

    @Test
    void pageAndSizeBeyondAnyListAreAnEmptyPageNotAFailure() {
        for (String path : List.of("/api/v1/requests?page=2147483647&size=200", "/api/v1/requests?page=-3&size=100000",
                "/api/v1/tasks?page=2147483647&size=200", "/api/v1/requests?size=-1")) {
            ResponseEntity<String> answer = basic("intake", HttpMethod.GET, path, null, null);
            assertThat(answer.getStatusCode().value()).as(path + ": " + answer.getBody()).isEqualTo(200);
        }
        assertThat(basic("intake", HttpMethod.GET, "/api/v1/requests?page=99999999999", null, null).getStatusCode().value())
                .isEqualTo(400);
        WebSession intake = new WebSession(rest).signedIn("intake", "demo");
        assertThat(intake.get("/requests?page=2147483647").getStatusCode().value()).isEqualTo(200);
        assertThat(intake.get("/tasks?page=2147483647").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void namesWithNulBytesAndControlCharactersAreCleanedOrRefusedNeverAFailure() {
        Long id = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Names " + UUID.randomUUID()));
        ResponseEntity<String> upload = basic("partner-kh", HttpMethod.POST, "/api/v1/requests/" + id + "/attachments",
                file("plan\u0000\u0007\u202e.pdf", pdf()), MediaType.MULTIPART_FORM_DATA);
        assertThat(upload.getStatusCode().value()).as(upload.getBody()).isIn(201, 400);
        assertThat(upload.getBody()).doesNotContain("\u0000", "Exception");
        if (upload.getStatusCode().value() == 201) {
            assertThat(jdbc.queryForList("SELECT filename FROM attachment WHERE request_id = ?", String.class, id))
                    .allSatisfy(name -> assertThat(name).doesNotContain("\u0000", "\u0007", "\u202e"));
        }
        // a user name with a NUL byte or control characters is just a failed sign-in
        for (String name : List.of("intake\u0000", "\u0001\u0002admin", "a".repeat(500))) {
            ResponseEntity<String> answer = rest.exchange("/api/v1/tasks", HttpMethod.GET,
                    new HttpEntity<>(basicHeaders(name, "demo", null, "203.0.113.250")), String.class);
            assertThat(answer.getStatusCode().value()).isEqualTo(401);
        }
        assertThat(jdbc.queryForList("SELECT username FROM login_event WHERE address = '203.0.113.250'", String.class))
                .allSatisfy(name -> assertThat(name).doesNotContain("\u0000", "\u0001").hasSizeLessThanOrEqualTo(64));
    }

    @Test
    void aMultipartBodyCutShortOrAnOversizedHeaderIsA4xx() throws Exception {
        Long id = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Cut short " + UUID.randomUUID()));
        String boundary = "----cut" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 and then the connection";
        String response = raw("POST /api/v1/requests/" + id + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString("partner-kh:demo".getBytes())
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nAccept: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("Exception");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attachment WHERE request_id = ?", Long.class, id)).isZero();

        String huge = raw("GET /api/v1/requests HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "x".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(huge).startsWith("HTTP/1.1 4").doesNotContain("Exception", "\tat ");
    }

    @Test
    void officeDocumentsThatAreZipBombsOrNotWhatTheyClaimAreRefusedWithAClearMessage() throws Exception {
        Long id = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Zip bomb " + UUID.randomUUID()));
        ResponseEntity<String> bomb = basic("partner-kh", HttpMethod.POST, "/api/v1/requests/" + id + "/attachments",
                file("plan.docx", org.coopflow.attachment.ZipBombs.docxOfZeros(256)), MediaType.MULTIPART_FORM_DATA);
        assertThat(bomb.getStatusCode().value()).isEqualTo(400);
        assertThat(bomb.getBody()).contains("zip bomb").doesNotContain("Exception");
        ResponseEntity<String> pretending = basic("partner-kh", HttpMethod.POST, "/api/v1/requests/" + id + "/attachments",
                file("plan.docx", zip("notes.txt", "not a document")), MediaType.MULTIPART_FORM_DATA);
        assertThat(pretending.getStatusCode().value()).isEqualTo(400);
        assertThat(pretending.getBody()).contains("not the Office document its name says");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attachment WHERE request_id = ?", Long.class, id)).isZero();
        ResponseEntity<String> real = basic("partner-kh", HttpMethod.POST, "/api/v1/requests/" + id + "/attachments",
                file("plan.docx", zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>")),
                MediaType.MULTIPART_FORM_DATA);
        assertThat(real.getStatusCode().value()).as(real.getBody()).isEqualTo(201);
    }

    @Test
    void theManagerReadsButPostsNoMessages() {
        Long id = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Manager " + UUID.randomUUID()));
        ResponseEntity<String> refused = basic("manager", HttpMethod.POST, "/api/v1/requests/" + id + "/messages",
                Map.of("text", "A director's remark"), MediaType.APPLICATION_JSON);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody()).contains("request.message.notInvolved");
        WebSession manager = new WebSession(rest).signedIn("manager", "demo");
        ResponseEntity<String> page = manager.get("/requests/" + id);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).doesNotContain("/requests/" + id + "/messages\"");
        manager.takeCsrf(page);
        assertThat(manager.postForm("/requests/" + id + "/messages", Map.of("text", "A director's remark"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request_message WHERE request_id = ?", Long.class, id)).isZero();
        // the partner still writes
        assertThat(basic("partner-kh", HttpMethod.POST, "/api/v1/requests/" + id + "/messages",
                Map.of("text", "Our question"), MediaType.APPLICATION_JSON).getStatusCode().is2xxSuccessful()).isTrue();
    }

    // --- helpers

    private String locale(String user) {
        return jdbc.queryForObject("SELECT locale FROM app_user WHERE username = ?", String.class, user);
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] zip(String... namesAndContents) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static MultiValueMap<String, Object> file(String name, byte[] content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return form;
    }

    private ResponseEntity<String> basic(String user, HttpMethod method, String path, Object body, MediaType type) {
        return rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .exchange(path, method, new HttpEntity<>(body, basicHeaders(user, "demo", type, null)), String.class);
    }

    private static HttpHeaders basicHeaders(String user, String password, MediaType type, String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        if (type != null) {
            headers.setContentType(type);
        }
        if (address != null) {
            headers.set("X-Forwarded-For", address);
        }
        return headers;
    }
}
