package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Links are written as the templates say them (WebConfiguration: Boot's URL-rewriting filter looked every link up as
 * a static resource first), and what they point to is still served: the web jars without a version in their path,
 * the application's own CSS and scripts.
 */
class StaticLinksIT extends MariaDbIntegrationTest {

    private static final String HTMX = "/webjars/htmx.org/dist/htmx.min.js";

    @Autowired
    TestRestTemplate rest;

    @Test
    void aPageLinksTheWebJarWithoutAVersionAndItIsServed() {
        ResponseEntity<String> login = rest.getForEntity("/login", String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody()).contains("src=\"" + HTMX + "\"");

        ResponseEntity<String> script = rest.getForEntity(HTMX, String.class);
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(script.getBody()).contains("htmx");
    }

    @Test
    void theApplicationsOwnStylesheetIsServed() {
        String page = rest.getForEntity("/login", String.class).getBody();
        String css = page.replaceAll("(?s).*href=\"(/css/[^\"]+)\".*", "$1");
        assertThat(css).startsWith("/css/");
        assertThat(rest.getForEntity(css, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
