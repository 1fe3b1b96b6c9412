package org.coopflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.coopflow.notification.Notification;
import org.coopflow.notification.Notifier;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A document added to a request tells the people working on it, by the rule a message follows: whoever holds
 * an open task on the request, or may claim one, and the partner (the notification outbox shows who, each in their
 * language, as their inbox words it).
 */
class DocumentNotificationsIT extends MariaDbIntegrationTest {

    private static final String INTAKE = "intake@mois.go.kr.example";
    private static final String INTAKE_2 = "intake2@mois.go.kr.example";
    private static final String PARTNER_KH = "sokha.chan@interior.gov.kh.example";
    /** partner-kh-2: the whole partner organisation follows its requests, so a colleague hears what was sent. */
    private static final String PARTNER_KH_COLLEAGUE = "dara.sok@interior.gov.kh.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Notifier notifier;

    @Autowired
    MessageSource messages;

    private Api partner;
    private Api intake;
    private Long requestId;
    private String reference;

    @BeforeEach
    void submitted() {
        partner = new Api(rest, "partner-kh");
        intake = new Api(rest, "intake");
        requestId = partner.submitNew(Api.nationalIdRequest("Documents notify " + UUID.randomUUID()));
        reference = (String) partner.get("/api/v1/requests/" + requestId).getBody().get("reference");
    }

    @Test
    void partnersDocumentReachesTheOfficialsOfferedTheOpenTaskLikeAMessage() throws Exception {
        // screenRequest is offered to the intake desk (intake, intake-2), both reading Korean
        upload("partner-kh", "census-plan.pdf");

        List<Notification> documents = sentAbout("census-plan.pdf");
        assertThat(documents).extracting(n -> n.recipient)
                .containsExactlyInAnyOrder(INTAKE, INTAKE_2, PARTNER_KH_COLLEAGUE);
        assertThat(documents).filteredOn(n -> !n.recipient.equals(PARTNER_KH_COLLEAGUE)).allSatisfy(n -> {
            assertThat(n.subject).isEqualTo(text("inbox.mail.subject", Locale.KOREAN, text("inbox.item.DOCUMENT_ADDED",
                    Locale.KOREAN, reference, "", "", "Sokha Chan", "", "", "census-plan.pdf", "")));
            assertThat(n.body).contains(reference, "census-plan.pdf");
        });

        // a message in the same state reaches exactly the same people
        partner.post("/api/v1/requests/" + requestId + "/messages", Map.of("text", "We have sent the plan."));
        assertThat(sentAbout("We have sent the plan.")).extracting(n -> n.recipient)
                .containsExactlyInAnyOrderElementsOf(documents.stream().map(n -> n.recipient).toList());
    }

    @Test
    void onceClaimedOnlyTheOfficialHoldingTheTaskIsTold() throws Exception {
        intake.post("/api/v1/tasks/" + intake.taskId(requestId, "screenRequest") + "/claim", null);

        upload("partner-kh", "census-plan.pdf");

        assertThat(sentAbout("census-plan.pdf")).extracting(n -> n.recipient)
                .containsExactlyInAnyOrder(INTAKE, PARTNER_KH_COLLEAGUE);
    }

    @Test
    void officialsDocumentReachesThePartnerWhoseTaskIsOpen() throws Exception {
        // intake asks for a clarification: the open task is now the partner's (answerClarification)
        intake.complete(requestId, "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "Please see the attached questionnaire."));

        upload("intake", "questionnaire.pdf");

        List<Notification> documents = sentAbout("questionnaire.pdf").stream()
                .filter(n -> !n.recipient.equals(PARTNER_KH_COLLEAGUE)).toList();
        assertThat(sentAbout("questionnaire.pdf")).extracting(n -> n.recipient)
                .containsExactlyInAnyOrder(PARTNER_KH, PARTNER_KH_COLLEAGUE);
        // the partner reads the official's agency, not the official's name
        assertThat(documents.get(0).subject).isEqualTo(text("inbox.mail.subject", Locale.ENGLISH,
                text("inbox.item.DOCUMENT_ADDED", Locale.ENGLISH, reference, "", "",
                        text("agency.MOIS", Locale.ENGLISH), "", "", "questionnaire.pdf", "")));
        assertThat(documents.get(0).body).contains("questionnaire.pdf").doesNotContain("Lee Ji-won");
    }

    private void upload(String username, String filename) throws Exception {
        mvc.perform(multipart("/api/v1/requests/" + requestId + "/attachments")
                        .file(new MockMultipartFile("file", filename, "application/pdf", AttachmentPagesIT.PDF))
                        .with(httpBasic(username, "demo")))
                .andExpect(status().isCreated());
    }

    /** The outbox rows of this request about one document or message, recognised by its words in the subject. */
    private List<Notification> sentAbout(String words) {
        return notifier.sentFor(requestId).stream().filter(n -> n.subject.contains(words)).toList();
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
