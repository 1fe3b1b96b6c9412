package org.coopflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.request.RequestMapper;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.coopflow.support.RequestRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on the shared test application, which has no mail server (the embedded default): mail is written in
 * the business transaction, in the recipient's language, as HTML and text with a link into CoopFlow; a rolled-back
 * action writes none; the worker keeps it as the record. The administrators' outbox page and its retry buttons are
 * for ADMIN only. (Delivery to a real SMTP server, its outages and two nodes: TwoNodeClusterIT.)
 */
class OutboxIT extends MariaDbIntegrationTest {

    @Autowired
    Notifier notifier;

    @Autowired
    NotificationMapper mapper;

    @Autowired
    RequestMapper requests;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MessageSource messages;

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Value("${coopflow.web.base-url}")
    String baseUrl;

    private Long requestId;
    private String reference;
    private Pages pages;

    @BeforeEach
    void request() {
        pages = new Pages(users);
        requestId = RequestRows.insert(requests, "Outbox " + UUID.randomUUID(), Instant.now());
        reference = "CR-2026-" + (10000 + requestId % 90000);
    }

    @Test
    void mailIsWrittenInTheRecipientsLanguageAsHtmlAndTextWithALinkToTheRequest() {
        inTransaction(() -> {
            notifier.notifyAddress(requestId, "sokha@example.org", Locale.KOREAN, "submitted", reference, "Census");
            notifier.notifyAddress(requestId, "ana@example.org", Locale.forLanguageTag("es"), "submitted", reference,
                    "Censo");
        });

        List<Notification> mails = notifier.sentFor(requestId);
        assertThat(mails).extracting(n -> n.recipient).containsExactly("sokha@example.org", "ana@example.org");
        Notification korean = mails.get(0);
        String link = baseUrl + "/requests/" + requestId;
        assertThat(korean.locale).isEqualTo("ko");
        assertThat(korean.subject).isEqualTo(text("notification.submitted.subject", Locale.KOREAN, reference));
        assertThat(korean.body).contains(text("notification.submitted.body", Locale.KOREAN, reference, "Census"))
                .contains(text("mail.openRequest", Locale.KOREAN) + ": " + link)
                .contains(text("mail.footer", Locale.KOREAN))
                .doesNotContain("<");
        assertThat(korean.htmlBody).contains("<html", "lang=\"ko\"", "href=\"" + link + "\"",
                text("mail.openRequest", Locale.KOREAN), text("mail.footer", Locale.KOREAN));
        Notification spanish = mails.get(1);
        assertThat(spanish.subject).isEqualTo(text("notification.submitted.subject", Locale.forLanguageTag("es"),
                reference));
        assertThat(spanish.htmlBody).contains(text("mail.openRequest", Locale.forLanguageTag("es")));
    }

    @Test
    void textWrittenByPeopleIsEscapedInTheHtmlPart() {
        inTransaction(() -> notifier.notifyAddress(requestId, "sokha@example.org", Locale.ENGLISH, "submitted",
                reference, "<script>alert(1)</script>"));

        Notification mail = notifier.sentFor(requestId).get(0);
        assertThat(mail.htmlBody).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(mail.body).contains("<script>alert(1)</script>");
    }

    @Test
    void aRolledBackActionWritesNoMail() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifier.notifyAddress(requestId, "sokha@example.org", Locale.ENGLISH, "submitted", reference, "Census");
            status.setRollbackOnly();
        });

        assertThat(notifier.sentFor(requestId)).isEmpty();
    }

    @Test
    void withoutAMailServerTheWorkerKeepsTheMailAsTheRecord() {
        inTransaction(() -> notifier.notifyAddress(requestId, "sokha@example.org", Locale.ENGLISH, "submitted",
                reference, "Census"));

        // handed to this node's worker right after the commit, not at the next poll
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(notifier.sentFor(requestId))
                .singleElement().satisfies(n -> {
                    assertThat(n.status).isEqualTo("RECORDED");
                    assertThat(n.sentAt).isNotNull();
                    assertThat(n.nextAttemptAt).isNull();
                }));
    }

    @Test
    void administratorsSeeFailedMailWithItsReasonAndRetryIt() throws Exception {
        Long failed = failedMail("nobody@example.org", "550 5.1.1 No such user here");

        String page = mvc.perform(get("/admin/mail").with(pages.as("admin")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"mail-" + failed + "\"", "nobody@example.org", "550 5.1.1 No such user here",
                "/admin/mail/" + failed + "/retry");

        mvc.perform(post("/admin/mail/{id}/retry", failed).with(pages.as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // back in the outbox, and kept as the record by this installation's worker
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(notifier.sentFor(requestId))
                .singleElement().satisfies(n -> {
                    assertThat(n.status).isEqualTo("RECORDED");
                    assertThat(n.lastError).isNull();
                }));
        // retrying it again: it is no longer a failed mail
        mvc.perform(post("/admin/mail/{id}/retry", failed).with(pages.as("admin")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsSeeTheOutboxOrRetry() throws Exception {
        Long failed = failedMail("nobody@example.org", "550 No such user");

        for (String user : List.of("manager", "intake", "coord-mois", "partner-kh")) {
            mvc.perform(get("/admin/mail").with(pages.as(user)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("nobody@example.org"))));
            mvc.perform(post("/admin/mail/{id}/retry", failed).with(pages.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/mail/retry-failed").with(pages.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/mail")).andExpect(redirectedUrlPattern("**/login"));
        assertThat(notifier.sentFor(requestId)).singleElement()
                .satisfies(n -> assertThat(n.status).isEqualTo("FAILED"));
    }

    private Long failedMail(String recipient, String reason) {
        Notification n = new Notification();
        n.requestId = requestId;
        n.recipient = recipient;
        n.subject = "CoopFlow: " + reference;
        n.body = "Text";
        n.status = NotificationStatus.PENDING.name();
        n.createdAt = Instant.now();
        n.nextAttemptAt = Instant.now().plus(Duration.ofDays(1));
        mapper.insert(n);
        mapper.markFailed(n.id, 3, reason);
        return n.id;
    }

    private void inTransaction(Runnable action) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> action.run());
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
