package org.coopflow.web;

import org.coopflow.shared.Page;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.coopflow.support.Api;
import org.coopflow.support.Browser;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.TestFiles;
import org.coopflow.support.UserTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey 2: Guatemala's request — its page, its document, its timeline — cannot be opened by Cambodia's
 * partner by typing the addresses: each answers "Page not found" (not even "not allowed": nothing says the
 * request exists) and shows nothing of it, while Guatemala's own partner opens the request and adds the
 * document on the very same pages.
 */
class PartnerIsolationJourneyIT extends MariaDbIntegrationTest {

    private static final String OWNER = "partner-gt";
    private static final String OTHER = "partner-kh";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserTexts texts;

    @TempDir
    Path files;

    @Test
    void aPartnerCannotOpenAnotherPartnersRequestByItsAddress() throws IOException {
        String title = "Ciudad inteligente " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Api.nationalIdRequest(title));
        body.put("sector", "SMART_CITY");
        Long id = new Api(rest, OWNER).submitNew(body);
        String requestPage = "/requests/" + id;
        Path pdf = TestFiles.minimalPdf(files.resolve("plan-maestro.pdf"), "Plan maestro - CoopFlow");

        try (Browser owner = Browser.start(port, "es");
             Browser other = Browser.start(port, "en")) {
            // Guatemala's partner opens its request and adds a document to it
            owner.signIn(OWNER);
            owner.open(requestPage);
            assertThat(owner.text(By.tagName("h1"))).contains(title);
            String reference = owner.text(By.id("request-reference"));
            owner.attach(By.id("files"), pdf).clickAndWait(By.cssSelector("#documents form button[type='submit']"));
            assertThat(owner.text(By.id("notice"))).isEqualTo(texts.of(OWNER, "attachment.added", 1));
            String document = owner.find(By.cssSelector("#documents a[download]")).getDomAttribute("href");
            assertThat(document).startsWith(requestPage + "/attachments/");
            // (the internal history is not for partners: the owner is told it is not allowed — it exists)
            owner.open(requestPage + "/timeline");
            assertThat(owner.text(By.tagName("h1"))).isEqualTo(texts.of(OWNER, "error.page.forbidden.title"));
            assertThat(owner.driver().getTitle()).as("the tab says what the page says")
                    .startsWith(texts.of(OWNER, "error.page.forbidden.title"));

            // Cambodia's partner does not see it in its list...
            other.signIn(OTHER);
            assertThat(other.path()).isEqualTo("/requests");
            assertThat(other.text(By.id("main"))).doesNotContain(reference).doesNotContain(title);
            assertThat(other.all(By.cssSelector("a[href='" + requestPage + "']"))).isEmpty();

            // ...nor opens it, its document or its timeline by their addresses
            for (String address : new String[] {requestPage, document, requestPage + "/timeline"}) {
                other.open("/requests");
                other.open(address);
                assertThat(other.path()).as("still at %s (not a download)", address).isEqualTo(address);
                assertThat(other.text(By.tagName("h1"))).as(address)
                        .isEqualTo(texts.of(OTHER, "error.page.notFound.title"));
                assertThat(other.driver().getTitle()).as(address)
                        .startsWith(texts.of(OTHER, "error.page.notFound.title"));
                assertThat(other.text(By.id("main"))).as(address)
                        .contains(texts.of(OTHER, "error.page.notFound"))
                        .doesNotContain(reference).doesNotContain(title).doesNotContain("plan-maestro");
            }
            other.screenshot("journey-2-other-partner-not-found");
        }
    }
}
