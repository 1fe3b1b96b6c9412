package org.coopflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.coopflow.support.DatabaseProxy;
import org.coopflow.support.SecurityIntegrationTest;
import org.coopflow.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The database unreachable (the relay between this application and the database is cut): API calls answer 503 with
 * Retry-After — never 401 "sign in" — the pages a friendly page, health reports DOWN; and everything works again once
 * the database is back.
 */
class DatabaseOutageIT extends SecurityIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void databaseBack() {
        DatabaseProxy.instance().restore();
    }

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfterNeverASignInProblem() {
        WebSession page = new WebSession(rest).signedIn("intake", "demo");
        assertThat(page.get("/tasks").getStatusCode().value()).isEqualTo(200);
        assertThat(api("intake", "/api/v1/tasks").getStatusCode().value()).isEqualTo(200);

        DatabaseProxy.instance().cut();

        for (String user : List.of("intake", "manager", "nobody-at-all")) {
            ResponseEntity<String> answer = api(user, "/api/v1/requests");
            assertThat(answer.getStatusCode().value()).as("%s: %s", user, answer).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).matches("\\d+");
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(answer.getBody()).contains("\"status\":503", "error.unavailable")
                    .doesNotContain("Exception", "sign in", "\tat ");
        }
        ResponseEntity<String> signedInPage = page.get("/tasks");
        assertThat(signedInPage.getStatusCode().value()).isEqualTo(503);
        assertThat(signedInPage.getBody()).contains("Temporarily unavailable").doesNotContain("Exception");
        // even the sign-in page (its session lives in the database) says so, in the reader's language
        ResponseEntity<String> signIn = new WebSession(rest).exchange(HttpMethod.GET, "/login", null, MediaType.TEXT_HTML);
        assertThat(signIn.getStatusCode().value()).isEqualTo(503);
        assertThat(signIn.getHeaders().getFirst("Retry-After")).matches("\\d+");
        assertThat(signIn.getBody()).contains("Temporarily unavailable");
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode().value()).isEqualTo(503);
        assertThat(health.getBody()).contains("DOWN");

        DatabaseProxy.instance().restore();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(rest.getForEntity("/actuator/health", String.class).getBody()).contains("UP"));
        assertThat(api("intake", "/api/v1/tasks").getStatusCode().value()).isEqualTo(200);
        assertThat(new WebSession(rest).signedIn("intake", "demo").get("/tasks").getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<String> api(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        return rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
