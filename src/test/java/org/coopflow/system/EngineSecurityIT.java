package org.coopflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The doors besides API v1: Camunda's engine REST API for managers and admins only and never for deployments,
 * Camunda's webapps not for partners; the OpenAPI description, reference data and health are served; and the
 * API answers unknown addresses and malformed input with problems (404, 400, 405, 415), never a 500 or a
 * stack trace.
 */
class EngineSecurityIT extends MariaDbIntegrationTest {

    private static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="https://example.org/evil">
              <process id="smuggled" isExecutable="true" camunda:historyTimeToLive="1">
                <startEvent id="start"/>
              </process>
            </definitions>
            """;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RepositoryService repository;


    @Test
    void engineRestIsForManagersAndAdminsOnly() {
        assertThat(call("partner-kh", HttpMethod.GET, "/engine-rest/process-definition", null, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        for (String official : List.of("partner-gt", "intake", "coord-mois", "expert-mois", "legal")) {
            assertThat(call(official, HttpMethod.GET, "/engine-rest/process-definition", null, null).getStatusCode())
                    .as(official).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(call("partner-kh", HttpMethod.GET, "/engine-rest/engine/default/process-definition", null, null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call("partner-kh", HttpMethod.GET, "/engine-rest/task", null, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(null, HttpMethod.GET, "/engine-rest/process-definition", null, null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(call("manager", "wrong", HttpMethod.GET, "/engine-rest/process-definition", null, null)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        for (String boss : List.of("manager", "admin")) {
            ResponseEntity<String> definitions = call(boss, HttpMethod.GET, "/engine-rest/process-definition", null, null);
            assertThat(definitions.getStatusCode()).as(boss).isEqualTo(HttpStatus.OK);
            assertThat(definitions.getBody()).contains("\"key\":\"cooperationRequest\"");
        }
    }

    @Test
    void nobodyDeploysThroughTheEngineRestApi() {
        long deployments = repository.createDeploymentQuery().count();
        long smuggled = repository.createProcessDefinitionQuery().processDefinitionKey("smuggled").count();
        for (String boss : List.of("admin", "manager")) {
            for (String path : List.of("/engine-rest/deployment/create", "/engine-rest/engine/default/deployment/create")) {
                ResponseEntity<String> response = call(boss, HttpMethod.POST, path, deployment(), MediaType.MULTIPART_FORM_DATA);
                assertThat(response.getStatusCode()).as("%s %s: %s", boss, path, response).isEqualTo(HttpStatus.FORBIDDEN);
            }
            // a made-up id: were the door open, the engine would answer 404, not 403
            String someDeployment = "no-such-deployment";
            assertThat(call(boss, HttpMethod.DELETE, "/engine-rest/deployment/" + someDeployment, null, null)
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(call(boss, HttpMethod.POST, "/engine-rest/deployment/" + someDeployment + "/redeploy",
                    Map.of(), MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("smuggled").count()).isEqualTo(smuggled);
    }

    @Test
    void camundaWebappsAreNotForPartners() {
        TestRestTemplate noRedirects = rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
        for (String path : List.of("/camunda/app/cockpit/", "/camunda/app/cockpit/default/", "/camunda/app/admin/",
                "/camunda/app/tasklist/", "/camunda/api/engine/engine/default/process-definition",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics")) {
            ResponseEntity<String> response = call(noRedirects, "partner-kh", "demo", HttpMethod.GET, path, null, null,
                    MediaType.TEXT_HTML);
            assertNotLetIn(response, path);
        }
        // Camunda's own login endpoint is behind the same door
        MultiValueMap<String, String> login = new LinkedMultiValueMap<>();
        login.add("username", "partner-kh");
        login.add("password", "demo");
        ResponseEntity<String> camundaLogin = call(noRedirects, null, null, HttpMethod.POST,
                "/camunda/api/admin/auth/user/default/login/cockpit", login, MediaType.APPLICATION_FORM_URLENCODED,
                MediaType.APPLICATION_JSON);
        assertNotLetIn(camundaLogin, "camunda login");
        // and following the redirect never ends up in Cockpit either
        ResponseEntity<String> followed = call(rest, "partner-kh", "demo", HttpMethod.GET, "/camunda/app/cockpit/", null,
                null, MediaType.TEXT_HTML);
        assertThat(followed.getStatusCode().is2xxSuccessful() && followed.getBody() != null
                && followed.getBody().contains("/camunda/app/cockpit/")).as("%s", followed).isFalse();
    }

    /**
     * The web door: a user signed in through the login page carries a session cookie (and, on every page of the
     * web UI, the session's CSRF token), not Basic credentials. Through it too, the engine REST API and Camunda's
     * webapps (their own login and REST API included) are for managers and admins only, and nobody deploys.
     */
    @Test
    void signedInWebUsersReachTheEngineAndCamundaOnlyAsManagers() {
        TestRestTemplate noRedirects = rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);

        // control: the manager's web session opens Cockpit
        Browser manager = signIn(noRedirects, "manager");
        ResponseEntity<String> cockpit = browse(noRedirects, manager, HttpMethod.GET, "/camunda/app/cockpit/default/",
                null, null, MediaType.TEXT_HTML);
        assertThat(cockpit.getStatusCode()).as("%s", cockpit).isEqualTo(HttpStatus.OK);
        // ... and Cockpit's own API knows the manager from the CoopFlow sign-in (no second, Camunda login)
        ResponseEntity<String> definitions = browse(noRedirects, manager, HttpMethod.GET,
                "/camunda/api/engine/engine/default/process-definition/count", null, null, MediaType.APPLICATION_JSON);
        assertThat(definitions.getStatusCode()).as("%s", definitions).isEqualTo(HttpStatus.OK);
        assertThat(definitions.getBody()).contains("count");
        // ... but even a manager deletes no deployment through Cockpit
        String deploymentId = repository.createDeploymentQuery().list().get(0).getId();
        ResponseEntity<String> undeploy = browse(noRedirects, manager, HttpMethod.DELETE,
                "/camunda/api/engine/engine/default/deployment/" + deploymentId, null, null, MediaType.APPLICATION_JSON);
        assertThat(undeploy.getStatusCode().value()).as("%s", undeploy).isIn(401, 403);
        assertThat(repository.createDeploymentQuery().deploymentId(deploymentId).count()).isEqualTo(1);

        Browser partner = signIn(noRedirects, "partner-kh");
        for (String path : List.of("/engine-rest/process-definition", "/engine-rest/task",
                "/engine-rest/engine/default/process-instance", "/engine-rest/history/variable-instance",
                "/camunda/app/cockpit/default/", "/camunda/app/admin/default/",
                "/camunda/api/engine/engine/default/process-definition",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics")) {
            ResponseEntity<String> response = browse(noRedirects, partner, HttpMethod.GET, path, null, null,
                    MediaType.APPLICATION_JSON);
            assertThat(response.getStatusCode().value()).as("partner's web session on %s: %s", path, response)
                    .isIn(401, 403);
        }

        // writing through the engine REST API with the session and its CSRF token: refused, nothing deployed
        long deployments = repository.createDeploymentQuery().count();
        ResponseEntity<String> deploy = browse(noRedirects, partner, HttpMethod.POST, "/engine-rest/deployment/create",
                deployment(), null, MediaType.APPLICATION_JSON);
        assertThat(deploy.getStatusCode().value()).as("%s", deploy).isIn(401, 403);
        // (a harmless write: were the door open, the engine would answer 404 for this made-up instance)
        ResponseEntity<String> delete = browse(noRedirects, partner, HttpMethod.DELETE,
                "/engine-rest/process-instance/no-such-instance", null, null, MediaType.APPLICATION_JSON);
        assertThat(delete.getStatusCode().value()).as("%s", delete).isIn(401, 403);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);

        // nor can the partner sign in to Cockpit with Camunda's own login (with Camunda's CSRF cookie, if it got one)
        MultiValueMap<String, String> login = new LinkedMultiValueMap<>();
        login.add("username", "partner-kh");
        login.add("password", "demo");
        HttpHeaders xsrf = new HttpHeaders();
        if (partner.cookies.containsKey("XSRF-TOKEN")) {
            xsrf.set("X-XSRF-TOKEN", partner.cookies.get("XSRF-TOKEN"));
        }
        ResponseEntity<String> camundaLogin = browse(noRedirects, partner, HttpMethod.POST,
                "/camunda/api/admin/auth/user/default/login/cockpit", login, xsrf, MediaType.APPLICATION_JSON);
        assertThat(camundaLogin.getStatusCode().value()).as("%s", camundaLogin).isIn(401, 403);
        ResponseEntity<String> afterLogin = browse(noRedirects, partner, HttpMethod.GET,
                "/camunda/api/engine/engine/default/process-definition", null, null, MediaType.APPLICATION_JSON);
        assertThat(afterLogin.getStatusCode().value()).as("%s", afterLogin).isIn(401, 403);
        assertThat(afterLogin.getBody() == null ? "" : afterLogin.getBody()).doesNotContain("cooperationRequest");
    }

    @Test
    void openApiReferenceDataAndHealthAreServed() {
        ResponseEntity<String> apiDocs = call(null, HttpMethod.GET, "/v3/api-docs", null, null);
        assertThat(apiDocs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(apiDocs.getBody()).contains("/api/v1/requests", "/api/v1/tasks", "/api/v1/reference/sectors");

        Api partner = new Api(rest, "partner-kh");
        ResponseEntity<List<Map<String, Object>>> sectors = partner.getList("/api/v1/reference/sectors");
        assertThat(sectors.getStatusCode()).isEqualTo(HttpStatus.OK);
        // the sixteen seeded ones (an ADMIN may add more: other tests do)
        assertThat(sectors.getBody()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(sectors.getBody()).extracting(s -> s.get("code")).contains("OTHER", "NATIONAL_ID").doesNotHaveDuplicates();
        assertThat(sectors.getBody()).allSatisfy(s -> assertThat((String) s.get("label")).isNotBlank());
        assertThat(sectors.getBody().get(sectors.getBody().size() - 1).get("code")).isEqualTo("OTHER");

        ResponseEntity<String> health = call(null, HttpMethod.GET, "/actuator/health", null, null);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"");
    }

    @Test
    void unknownAddressesAreA404ProblemWithoutStackTrace() {
        for (String path : List.of("/api/v1/xyz", "/api/v1/requests/1/nonsense", "/api/v2/requests")) {
            ResponseEntity<String> response = call("partner-kh", HttpMethod.GET, path, null, null);
            assertCleanProblem(response, HttpStatus.NOT_FOUND);
        }
        ResponseEntity<String> post = call("partner-kh", HttpMethod.POST, "/api/v1/xyz", Map.of("a", 1), MediaType.APPLICATION_JSON);
        assertCleanProblem(post, HttpStatus.NOT_FOUND);
        // and without credentials nothing is revealed but the need to sign in
        assertCleanProblem(call(null, HttpMethod.GET, "/api/v1/xyz", null, null), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void malformedInputIsA400ProblemNeverA500() {
        String key = "malformed-" + UUID.randomUUID();
        String marker = "Malformed " + UUID.randomUUID();
        String valid = """
                {"title":"%s","sector":"NATIONAL_ID","description":"d","modality":"ONLINE_FORUM",
                 "urgent":false,"languages":["km"],"contactName":"Sokha","contactEmail":"s@example.org"}"""
                .formatted(marker);
        for (String body : List.of(
                "{\"title\": ",                                   // truncated JSON
                "{title: 'single quotes'}",                       // not JSON
                "[]",                                             // an array, not an object
                "null",                                           // no body at all
                "",
                valid.replace("\"ONLINE_FORUM\"", "\"SPACESHIP\""),   // unknown enum
                valid.replace("\"urgent\":false", "\"urgent\":\"maybe\""),
                valid.replace("\"languages\":[\"km\"]", "\"languages\":\"km\""),
                valid.replace("\"urgent\":false", "\"urgent\":false,\"preferredStart\":\"31/12/2031\""),
                valid.replace("\"urgent\":false", "\"urgent\":false,\"preferredStart\":\"2031-02-30\""),
                valid.replace(marker, "x".repeat(201)),                                  // too long
                valid.replace("[\"km\"]", "[\"khmer\"]"),                                // bad language code
                valid.replace("\"title\":\"" + marker + "\",", ""))) {                  // missing field
            ResponseEntity<String> response = submitRaw(body, key);
            assertCleanProblem(response, HttpStatus.BAD_REQUEST);
        }
        assertThat(new Api(rest, "partner-kh").get("/api/v1/requests?size=200").getBody().toString())
                .doesNotContain(marker, "x".repeat(201));
        // control: unmutated, the same body is accepted (each case above had exactly one thing wrong)
        assertThat(submitRaw(valid, "valid-" + UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        // the same on the other endpoints that take a body
        Api partner = new Api(rest, "partner-kh");
        Long id = partner.submitNew(Api.nationalIdRequest("Malformed input target " + UUID.randomUUID()));
        String request = "/api/v1/requests/" + id;
        for (String path : List.of(request + "/messages", request + "/withdraw", request + "/clarification",
                "/api/v1/tasks/no-such-task/complete", "/api/v1/tasks/no-such-task/delegate")) {
            for (String body : List.of("{\"text\": ", "[1,2]", "\"just a string\"")) {
                assertCleanProblem(call("partner-kh", HttpMethod.POST, path, body, MediaType.APPLICATION_JSON),
                        HttpStatus.BAD_REQUEST);
            }
        }
        // missing or blank text is a field error
        assertCleanProblem(call("partner-kh", HttpMethod.POST, request + "/messages", "{}", MediaType.APPLICATION_JSON),
                HttpStatus.BAD_REQUEST);
        assertCleanProblem(call("partner-kh", HttpMethod.POST, request + "/withdraw", "{\"reason\":\"  \"}",
                MediaType.APPLICATION_JSON), HttpStatus.BAD_REQUEST);
        // no clarification pending: a conflict, not a failure
        assertCleanProblem(call("partner-kh", HttpMethod.POST, request + "/clarification", "{\"text\":\"Here it is\"}",
                MediaType.APPLICATION_JSON), HttpStatus.CONFLICT);
        assertThat(partner.status(id)).isEqualTo("SCREENING");
        assertThat(partner.getList(request + "/messages").getBody()).isEmpty();

        // form values of the wrong shape on a real task
        Api intake = new Api(rest, "intake");
        String task = "/api/v1/tasks/" + intake.taskId(id, "screenRequest");
        assertThat(intake.post(task + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        for (String values : List.of("{\"screeningDecision\":{\"nested\":true}}", "{\"screeningDecision\":[\"ACCEPT\"]}",
                "{\"screeningDecision\":42}", "{\"noSuchField\":\"x\",\"screeningDecision\":\"ACCEPT\"}",
                "{\"screeningDecision\":\"ACCEPT\",\"leadAgency\":\"NOWHERE\"}",
                "{\"screeningDecision\":\"ACCEPT\",\"supportingAgencies\":{\"a\":1}}",
                "{\"screeningDecision\":\"DECLINE\"}", "{}")) {
            assertCleanProblem(call("intake", HttpMethod.POST, task + "/complete", values, MediaType.APPLICATION_JSON),
                    HttpStatus.BAD_REQUEST);
        }
        assertThat(partner.status(id)).isEqualTo("SCREENING");

        // bad path and query parameters
        for (String path : List.of("/api/v1/requests/abc", "/api/v1/requests?status=NOPE", "/api/v1/requests?page=abc",
                "/api/v1/tasks?view=NOPE", "/api/v1/tasks?dueBefore=tomorrow", "/api/v1/requests/abc/messages",
                "/api/v1/requests/99999999999999999999999")) {
            assertCleanProblem(call("partner-kh", HttpMethod.GET, path, null, null), HttpStatus.BAD_REQUEST);
        }
        // wrong method and wrong content type
        assertCleanProblem(call("partner-kh", HttpMethod.DELETE, "/api/v1/requests", null, null),
                HttpStatus.METHOD_NOT_ALLOWED);
        assertCleanProblem(call("partner-kh", HttpMethod.POST, request + "/messages", "hello", MediaType.TEXT_PLAIN),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    // --- helpers

    /** A browser: its cookies, and the CSRF token of the last page it was given. */
    private static final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();
        String csrfToken;
    }

    /** Signs in through the login page, as a browser does, and picks up the CSRF token the pages then carry. */
    private static Browser signIn(TestRestTemplate noRedirects, String username) {
        Browser browser = new Browser();
        ResponseEntity<String> page = browse(noRedirects, browser, HttpMethod.GET, "/login", null, null, MediaType.TEXT_HTML);
        assertThat(page.getStatusCode()).as("%s", page).isEqualTo(HttpStatus.OK);
        browser.csrfToken = csrfTokenOf(page.getBody());
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", "demo");
        form.add("_csrf", browser.csrfToken);
        ResponseEntity<String> signedIn = browse(noRedirects, browser, HttpMethod.POST, "/login", form, null,
                MediaType.TEXT_HTML);
        assertThat(signedIn.getStatusCode()).as("%s", signedIn).isEqualTo(HttpStatus.FOUND);
        assertThat(signedIn.getHeaders().getLocation()).as("%s", signedIn).isNotNull();
        assertThat(signedIn.getHeaders().getLocation().toString()).doesNotContain("error");
        // the token changes at sign-in: any page now carries the new one (in its sign-out form)
        ResponseEntity<String> next = browse(noRedirects, browser, HttpMethod.GET, "/login", null, null, MediaType.TEXT_HTML);
        browser.csrfToken = csrfTokenOf(next.getBody());
        return browser;
    }

    private static String csrfTokenOf(String html) {
        java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>").matcher(html);
        assertThat(input.find()).as("a CSRF token in %s", html).isTrue();
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("value=\"([^\"]+)\"").matcher(input.group());
        assertThat(value.find()).isTrue();
        return value.group(1);
    }

    /** A browser-like call: sends the session's cookies (and CSRF token), keeps what the server sets. */
    private static ResponseEntity<String> browse(TestRestTemplate template, Browser session, HttpMethod method,
                                                 String path, Object body, HttpHeaders extra, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept, MediaType.ALL));
        if (body instanceof MultiValueMap<?, ?> form) {
            headers.setContentType(form.values().stream().flatMap(List::stream).anyMatch(v -> !(v instanceof String))
                    ? MediaType.MULTIPART_FORM_DATA : MediaType.APPLICATION_FORM_URLENCODED);
        } else if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        if (method != HttpMethod.GET && session.csrfToken != null) {
            headers.set("X-CSRF-TOKEN", session.csrfToken);
        }
        if (extra != null) {
            headers.addAll(extra);
        }
        StringBuilder cookie = new StringBuilder();
        session.cookies.forEach((name, value) -> cookie.append(cookie.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        if (!cookie.isEmpty()) {
            headers.set(HttpHeaders.COOKIE, cookie.toString());
        }
        ResponseEntity<String> response = template.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (set != null) {
            for (String header : set) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    session.cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        return response;
    }

    /** A multipart deployment of a harmless process, as Camunda Modeler would post it. */
    private static MultiValueMap<String, Object> deployment() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "smuggled");
        form.add("deploy-changed-only", "false");
        form.add("smuggled.bpmn", new ByteArrayResource(BPMN.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "smuggled.bpmn";
            }
        });
        return form;
    }

    private ResponseEntity<String> submitRaw(String body, String key) {
        HttpHeaders headers = headers("partner-kh", "demo", MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return rest.exchange("/api/v1/requests", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body, MediaType contentType) {
        return call(user, "demo", method, path, body, contentType);
    }

    private ResponseEntity<String> call(String user, String password, HttpMethod method, String path, Object body,
                                        MediaType contentType) {
        // redirects are not followed: a redirect to the sign-in page is an answer of its own
        return call(rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW), user, password, method,
                path, body, contentType, MediaType.APPLICATION_JSON);
    }

    private static ResponseEntity<String> call(TestRestTemplate template, String user, String password, HttpMethod method,
                                               String path, Object body, MediaType contentType, MediaType accept) {
        return template.exchange(path, method, new HttpEntity<>(body, headers(user, password, contentType, accept)),
                String.class);
    }

    private static HttpHeaders headers(String user, String password, MediaType contentType, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, password);
        }
        if (contentType != null) {
            headers.setContentType(contentType);
        }
        headers.setAccept(List.of(accept, MediaType.APPLICATION_PROBLEM_JSON));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        return headers;
    }

    private static void assertNotLetIn(ResponseEntity<String> response, String what) {
        int status = response.getStatusCode().value();
        assertThat(status).as("%s: %s", what, response).isIn(302, 303, 401, 403);
        if (response.getStatusCode().is3xxRedirection()) {
            assertThat(response.getHeaders().getLocation()).as(what).isNotNull();
            assertThat(response.getHeaders().getLocation().getPath()).as(what).isEqualTo("/login");
        }
    }

    private static void assertCleanProblem(ResponseEntity<String> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as("%s", response).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as("%s", response).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("%s", response).isTrue();
        assertThat(response.getBody()).as("%s", response).contains("\"status\":" + status.value())
                .doesNotContain("Exception", "\tat ", "at org.", "at java.", "\"trace\"", "stackTrace", "jackson",
                        "org.springframework", "org.coopflow");
    }
}
