package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.coopflow.support.Browser;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.UserTexts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey: the inbox badge rises when a partner posts a message and falls when the coordinator reads it. Cambodia's
 * partner writes on its accepted request; MOIS's coordinator, whose inbox was all read, sees the badge at 1 on the
 * next page, finds the message in the inbox in their own language (Korean) with the partner's name, opens it — the
 * request's messages — and the badge is gone.
 */
class InboxJourneyIT extends MariaDbIntegrationTest {

    private static final String PARTNER = "partner-kh";
    private static final String COORDINATOR = "coord-mois";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    UserTexts texts;

    @Test
    void theBadgeRisesWhenThePartnerWritesAndFallsWhenTheCoordinatorReadsIt() {
        Journey journey = Journeys.toAssigningExperts(Cast.of(rest));
        String message = "We would like the forum in the second week of March. " + UUID.randomUUID();

        try (Browser coordinator = Browser.start(port, "ko");
             Browser partner = Browser.start(port, "en")) {
            // the coordinator starts with everything read: no badge
            coordinator.signIn(COORDINATOR).open("/inbox");
            if (!coordinator.all(By.id("mark-all-read")).isEmpty()) {
                coordinator.clickAndWait(By.id("mark-all-read"));
            }
            assertThat(coordinator.all(By.id("inbox-badge"))).isEmpty();

            // the partner writes on its request
            partner.signIn(PARTNER).open("/requests/" + journey.id());
            partner.type(By.id("text"), message).clickAndWait(By.cssSelector("#messages button[type='submit']"));
            assertThat(partner.text(By.id("notice"))).isEqualTo(texts.of(PARTNER, "requests.notice.messageSent"));

            // the coordinator's next page shows one unread item
            coordinator.open("/tasks");
            assertThat(coordinator.text(By.id("inbox-badge"))).isEqualTo("1");
            coordinator.clickAndWait(By.id("inbox-link"));
            assertThat(coordinator.path()).isEqualTo("/inbox");
            assertThat(coordinator.all(By.cssSelector("#inbox-items li.unread"))).hasSize(1);
            assertThat(coordinator.text(By.cssSelector("#inbox-items li.unread a"))).isEqualTo(texts.of(COORDINATOR,
                    "inbox.item.MESSAGE_POSTED", journey.reference(), "", "", "Sokha Chan", "", "", message, ""));
            coordinator.screenshot("journey-inbox-coordinator");

            // opening it leads to the request's messages, and the badge is gone
            coordinator.clickAndWait(By.cssSelector("#inbox-items li.unread a"));
            assertThat(coordinator.path()).isEqualTo("/requests/" + journey.id() + "#messages");
            assertThat(coordinator.text(By.id("messages"))).contains(message);
            assertThat(coordinator.all(By.id("inbox-badge"))).isEmpty();
            coordinator.open("/inbox?show=unread");
            assertThat(coordinator.text(By.id("inbox-empty"))).isEqualTo(texts.of(COORDINATOR, "inbox.empty.unread"));
        }
    }
}
