package org.coopflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RuntimeService;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Submitting a request through API v1: exactly one request per Idempotency-Key (retried or concurrent), a
 * key reused for a different body refused with 422, bad input answered 400 with field errors and nothing
 * created, authentication 401, officials 403, and problems in the caller's language.
 */
class SubmissionIT extends MariaDbIntegrationTest {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void resubmittingWithTheSameKeyReturnsTheSameRequest() {
        Api kh = new Api(rest, "partner-kh");
        String key = "retry-" + UUID.randomUUID();
        String title = "Submission: retried " + key;

        ResponseEntity<Map<String, Object>> first = kh.submit(Api.nationalIdRequest(title), key);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Long id = idOf(first);
        assertThat(first.getHeaders().getLocation()).hasToString("/api/v1/requests/" + id);
        assertThat(first.getBody().get("status")).isEqualTo("SCREENING");

        ResponseEntity<Map<String, Object>> second = kh.submit(Api.nationalIdRequest(title), key);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(idOf(second)).isEqualTo(id);
        assertThat(second.getBody().get("reference")).isEqualTo(first.getBody().get("reference"));

        assertExactlyOneRequest(kh, key, title, id);
    }

    @Test
    void reusingAKeyForADifferentBodyIs422AndChangesNothing() {
        Api kh = new Api(rest, "partner-kh");
        String key = "reused-" + UUID.randomUUID();
        String title = "Submission: first " + key;
        Long id = idOf(kh.submit(Api.nationalIdRequest(title), key));

        Map<String, Object> other = new HashMap<>(Api.nationalIdRequest("Submission: other " + key));
        ResponseEntity<Map<String, Object>> english = exchange("partner-kh", "demo", other, key, "en");
        ResponseEntity<Map<String, Object>> spanish = exchange("partner-kh", "demo",
                body(b -> b.put("title", title), b -> b.put("urgent", true)), key, "es");

        assertProblem(english, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(english.getBody()).containsEntry("code", "request.idempotencyKey.reused")
                .containsEntry("title", "Cannot be processed");
        String reference = (String) kh.get("/api/v1/requests/" + id).getBody().get("reference");
        assertThat((String) english.getBody().get("detail")).startsWith("This Idempotency-Key was already used for "
                + "request " + reference + ", with different content. Nothing was changed.");
        assertProblem(spanish, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((String) spanish.getBody().get("detail")).startsWith("Esta Idempotency-Key ya se usó para la "
                + "solicitud " + reference);

        // nothing changed: one request with this key, the first one's content, one process instance
        assertExactlyOneRequest(kh, key, title, id);
        assertThat(jdbc.queryForObject("SELECT urgent FROM cooperation_request WHERE id = ?", Boolean.class, id))
                .isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cooperation_request WHERE title = ?", Long.class,
                other.get("title"))).isZero();

        // the same body again, even with other whitespace around its text, still returns the request
        ResponseEntity<Map<String, Object>> replay = kh.submit(body(b -> b.put("title", "  " + title + "\n"),
                b -> b.put("description", b.get("description") + " ")), key);
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(idOf(replay)).isEqualTo(id);
    }

    @Test
    void aRequestMadeBeforeHashesAcceptsItsKeyAsBefore() {
        Api kh = new Api(rest, "partner-kh");
        String key = "legacy-" + UUID.randomUUID();
        String title = "Submission: legacy " + key;
        Long id = idOf(kh.submit(Api.nationalIdRequest(title), key));
        // as a row from before V9 has it
        jdbc.update("UPDATE cooperation_request SET submission_sha256 = NULL WHERE id = ?", id);

        ResponseEntity<Map<String, Object>> other = kh.submit(Api.nationalIdRequest("Submission: changed " + key), key);

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(idOf(other)).isEqualTo(id);
        assertExactlyOneRequest(kh, key, title, id);
    }

    @Test
    void concurrentSubmissionsWithTheSameKeyMakeExactlyOneRequest() throws Exception {
        Api kh = new Api(rest, "partner-kh");
        String key = "concurrent-" + UUID.randomUUID();
        String title = "Submission: concurrent " + key;
        int threads = 8;

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ResponseEntity<Map<String, Object>>>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<ResponseEntity<Map<String, Object>>> submit = () -> {
                    ready.countDown();
                    assertThat(start.await(30, TimeUnit.SECONDS)).isTrue();
                    return kh.submit(Api.nationalIdRequest(title), key);
                };
                answers.add(pool.submit(submit));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();

            List<ResponseEntity<Map<String, Object>>> responses = new ArrayList<>();
            for (Future<ResponseEntity<Map<String, Object>>> answer : answers) {
                responses.add(answer.get(120, TimeUnit.SECONDS));
            }
            assertThat(responses).allSatisfy(r -> assertThat(r.getStatusCode().value()).as("%s", r).isIn(200, 201));
            assertThat(responses).filteredOn(r -> r.getStatusCode() == HttpStatus.CREATED).hasSize(1);
            List<Long> ids = responses.stream().map(SubmissionIT::idOf).distinct().toList();
            assertThat(ids).hasSize(1);
            assertThat(responses).extracting(r -> r.getBody().get("reference")).containsOnly(
                    responses.get(0).getBody().get("reference"));

            assertExactlyOneRequest(kh, key, title, ids.get(0));
            // the losers' reserved reference numbers were given back for the next submissions: no gap is left behind
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reference_allocation WHERE released = FALSE",
                    Integer.class)).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidSubmissionsAreAnswered400WithFieldErrorsAndCreateNothing() {
        Map<String, Object> noTitle = body(b -> b.remove("title"));
        assertInvalid(noTitle, "title");
        assertInvalid(body(b -> b.put("title", "   ")), "title");
        assertInvalid(body(b -> b.put("sector", "UNDERWATER_BASKET_WEAVING")), "sector");
        assertInvalid(body(b -> b.put("contactEmail", "not-an-email")), "contactEmail");
        assertInvalid(body(b -> {
            b.put("preferredStart", "2031-06-30");
            b.put("preferredEnd", "2031-06-01");
        }), "preferredEnd");
        assertInvalid(body(b -> b.put("languages", List.of())), "languages");
        assertInvalid(body(b -> b.remove("modality")), "modality");

        Map<String, Object> unknownSector = submit("partner-kh", "demo", body(b -> b.put("sector", "NOPE")),
                "key-" + UUID.randomUUID(), "en");
        assertThat(((Map<String, Object>) unknownSector.get("errors")).get("sector")).isEqualTo("Choose one of the sectors offered.");
        Map<String, Object> endBeforeStart = submit("partner-kh", "demo", body(b -> {
            b.put("preferredStart", "2031-06-30");
            b.put("preferredEnd", "2031-06-01");
        }), "key-" + UUID.randomUUID(), "en");
        assertThat(((Map<String, Object>) endBeforeStart.get("errors")).get("preferredEnd"))
                .isEqualTo("The end date must not be before the start date.");
    }

    @Test
    void everyChoiceNotOfferedIsAnsweredAtOnce() {
        String key = "choices-" + UUID.randomUUID();
        ResponseEntity<Map<String, Object>> response = exchange("partner-kh", "demo", body(
                b -> b.put("sector", "NOPE"), b -> b.put("modality", "NOPE"),
                b -> b.put("languages", List.of("km", "xx", "km"))), key, "en");

        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat((Map<String, Object>) response.getBody().get("errors"))
                .containsOnlyKeys("sector", "modality", "languages")
                .containsEntry("sector", "Choose one of the sectors offered.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cooperation_request WHERE idempotency_key = ?",
                Long.class, key)).isZero();
    }

    @Test
    void aDeactivatedPartnerIsRefused403BeforeItsChoicesAreChecked() {
        String code = "ZI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("INSERT INTO organisation (code, kind, name, country_code, country_name, time_zone, active) "
                + "VALUES (?, 'PARTNER', ?, 'ZI', 'Formerland', 'UTC', FALSE)", code, "Deactivated ministry " + code);
        String user = TestAccounts.create(jdbc, passwords, "former", code, TestAccounts.group(jdbc, "PARTNER"));
        String title = "Submission: deactivated " + code;

        ResponseEntity<Map<String, Object>> refused = exchange(user, TestAccounts.PASSWORD,
                body(b -> b.put("title", title), b -> b.put("sector", "NOPE")), "key-" + UUID.randomUUID(), "en");

        assertProblem(refused, HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).containsEntry("code", "request.submit.partnerInactive").doesNotContainKey("errors");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cooperation_request WHERE title = ?", Long.class, title))
                .isZero();
    }

    @Test
    void theIdempotencyKeyIsRequired() {
        String title = "Submission: no key " + UUID.randomUUID();
        ResponseEntity<Map<String, Object>> missing = exchange("partner-kh", "demo", body(b -> b.put("title", title)),
                null, "en");
        assertProblem(missing, HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().get("code")).isEqualTo("error.missingHeader");
        assertThat((String) missing.getBody().get("detail")).contains("Idempotency-Key");

        for (String bad : List.of("   ", "k".repeat(101))) {
            ResponseEntity<Map<String, Object>> invalid = exchange("partner-kh", "demo",
                    body(b -> b.put("title", title)), bad, "en");
            assertProblem(invalid, HttpStatus.BAD_REQUEST);
            assertThat((Map<String, Object>) invalid.getBody().get("errors")).containsKey("Idempotency-Key");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cooperation_request WHERE title = ?", Long.class, title))
                .isZero();
    }

    @Test
    void unauthenticatedCallersGet401AndOfficialsCannotSubmit() {
        String title = "Submission: refused " + UUID.randomUUID();
        Map<String, Object> valid = body(b -> b.put("title", title));

        ResponseEntity<Map<String, Object>> anonymous = exchange(null, null, valid, "key-" + UUID.randomUUID(), "en");
        assertProblem(anonymous, HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

        ResponseEntity<Map<String, Object>> wrongPassword = exchange("partner-kh", "not-demo", valid,
                "key-" + UUID.randomUUID(), "en");
        assertProblem(wrongPassword, HttpStatus.UNAUTHORIZED);

        ResponseEntity<Map<String, Object>> unknownUser = exchange("nobody-at-all", "demo", valid,
                "key-" + UUID.randomUUID(), "en");
        assertProblem(unknownUser, HttpStatus.UNAUTHORIZED);
        // an unknown user and a wrong password look the same
        assertThat(unknownUser.getBody()).isEqualTo(wrongPassword.getBody());

        ResponseEntity<Map<String, Object>> anonymousList = rest.exchange("/api/v1/requests", HttpMethod.GET,
                new HttpEntity<>(headers(null, null, null, "en")), MAP);
        assertProblem(anonymousList, HttpStatus.UNAUTHORIZED);

        for (String official : List.of("intake", "coord-mois", "manager", "admin")) {
            ResponseEntity<Map<String, Object>> refused = exchange(official, "demo", valid, "key-" + UUID.randomUUID(), "en");
            assertProblem(refused, HttpStatus.FORBIDDEN);
        }

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cooperation_request WHERE title = ?", Long.class, title))
                .isZero();
    }

    @Test
    void problemsFollowAcceptLanguage() {
        Map<String, Object> noTitle = body(b -> b.remove("title"));
        ResponseEntity<Map<String, Object>> english = exchange("partner-kh", "demo", noTitle, "key-" + UUID.randomUUID(), "en");
        ResponseEntity<Map<String, Object>> spanish = exchange("partner-kh", "demo", noTitle, "key-" + UUID.randomUUID(), "es");
        assertProblem(english, HttpStatus.BAD_REQUEST);
        assertProblem(spanish, HttpStatus.BAD_REQUEST);
        assertThat(english.getBody().get("detail")).isEqualTo("Some fields need your attention.");
        assertThat(spanish.getBody().get("detail")).isEqualTo("Algunos campos requieren su atención.")
                .isNotEqualTo(english.getBody().get("detail"));
        assertThat(spanish.getBody().get("title")).isEqualTo("Datos no válidos");
        assertThat(((Map<String, Object>) spanish.getBody().get("errors")).get("title"))
                .isNotEqualTo(((Map<String, Object>) english.getBody().get("errors")).get("title"));

        Map<String, Object> sectorEs = submit("partner-gt", "demo", body(b -> b.put("sector", "NOPE")),
                "key-" + UUID.randomUUID(), "es");
        assertThat(((Map<String, Object>) sectorEs.get("errors")).get("sector")).isEqualTo("Elija uno de los sectores ofrecidos.");

        ResponseEntity<Map<String, Object>> unauthorizedEs = exchange(null, null, noTitle, "key-" + UUID.randomUUID(), "es");
        ResponseEntity<Map<String, Object>> unauthorizedEn = exchange(null, null, noTitle, "key-" + UUID.randomUUID(), "en");
        assertProblem(unauthorizedEs, HttpStatus.UNAUTHORIZED);
        assertThat(unauthorizedEs.getBody().get("detail")).isEqualTo("Inicie sesión con su usuario y contraseña de CoopFlow.")
                .isNotEqualTo(unauthorizedEn.getBody().get("detail"));

        ResponseEntity<Map<String, Object>> notFoundEs = rest.exchange("/api/v1/requests/999999999", HttpMethod.GET,
                new HttpEntity<>(headers("partner-gt", "demo", null, "es")), MAP);
        assertProblem(notFoundEs, HttpStatus.NOT_FOUND);
        assertThat(notFoundEs.getBody().get("detail")).isEqualTo("La solicitud no existe o no es visible para usted.");
    }

    // --- helpers

    private void assertExactlyOneRequest(Api partner, String key, String title, Long id) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cooperation_request WHERE partner_org = 'KH-MOI'"
                + " AND idempotency_key = ?", Long.class, key)).isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cooperation_request WHERE title = ?", Long.class, title))
                .isEqualTo(1L);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) partner.get("/api/v1/requests?size=200")
                .getBody().get("items");
        assertThat(items).filteredOn(r -> title.equals(r.get("title")))
                .singleElement().satisfies(r -> assertThat(((Number) r.get("id")).longValue()).isEqualTo(id));
        String reference = (String) partner.get("/api/v1/requests/" + id).getBody().get("reference");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("cooperationRequest").count()).isEqualTo(1L);
        assertThat(partner.tasks(id, "screenRequest")).isEmpty(); // partners never screen
        assertThat(new Api(rest, "intake").tasks(id, "screenRequest")).hasSize(1);
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        String key = "invalid-" + UUID.randomUUID();
        ResponseEntity<Map<String, Object>> response = exchange("partner-kh", "demo", body, key, "en");
        assertProblem(response, HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("code")).as("%s", response).isEqualTo("error.validation");
        assertThat((Map<String, Object>) response.getBody().get("errors")).as("%s", response).containsKey(field);
        assertThat((String) ((Map<String, Object>) response.getBody().get("errors")).get(field)).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cooperation_request WHERE idempotency_key = ?",
                Long.class, key)).isZero();
    }

    private Map<String, Object> submit(String user, String password, Map<String, Object> body, String key, String language) {
        ResponseEntity<Map<String, Object>> response = exchange(user, password, body, key, language);
        assertProblem(response, HttpStatus.BAD_REQUEST);
        return response.getBody();
    }

    private ResponseEntity<Map<String, Object>> exchange(String user, String password, Map<String, Object> body,
                                                         String idempotencyKey, String language) {
        return rest.exchange("/api/v1/requests", HttpMethod.POST,
                new HttpEntity<>(body, headers(user, password, idempotencyKey, language)), MAP);
    }

    private static HttpHeaders headers(String user, String password, String idempotencyKey, String language) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, password);
        }
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return headers;
    }

    @SafeVarargs
    private static Map<String, Object> body(java.util.function.Consumer<Map<String, Object>>... changes) {
        Map<String, Object> body = new HashMap<>(Api.nationalIdRequest("Submission: invalid " + UUID.randomUUID()));
        for (java.util.function.Consumer<Map<String, Object>> change : changes) {
            change.accept(body);
        }
        return body;
    }

    private static void assertProblem(ResponseEntity<Map<String, Object>> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as("%s", response).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as("%s", response).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("%s", response).isTrue();
        assertThat(response.getBody()).as("%s", response).containsEntry("status", status.value())
                .containsKey("detail");
        String text = response.getBody().toString();
        assertThat(text).doesNotContain("Exception", "\tat ", "at org.", "trace");
    }

    private static Long idOf(ResponseEntity<Map<String, Object>> response) {
        return ((Number) response.getBody().get("id")).longValue();
    }
}
