package org.coopflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

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
 * an open task on the request, or may claim one (the notification outbox shows who).
 */
class DocumentNotificationsIT extends MariaDbIntegrationTest {

    private static final String INTAKE = "intake@mois.go.kr.example";
    private static final String INTAKE_2 = "intake2@mois.go.kr.example";
    private static final String PARTNER_KH = "sokha.chan@interior.gov.kh.example";

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

        List<Notification> documents = sent("documentAdded");
        assertThat(documents).extracting(n -> n.recipient).containsExactlyInAnyOrder(INTAKE, INTAKE_2);
        assertThat(documents).allSatisfy(n -> {
            assertThat(n.subject).isEqualTo(text("notification.documentAdded.subject", Locale.KOREAN, reference));
            assertThat(n.body).contains(reference, "census-plan.pdf");
        });

        // a message in the same state reaches exactly the same people
        partner.post("/api/v1/requests/" + requestId + "/messages", Map.of("text", "We have sent the plan."));
        assertThat(sent("messagePosted")).extracting(n -> n.recipient)
                .containsExactlyInAnyOrderElementsOf(documents.stream().map(n -> n.recipient).toList());
    }

    @Test
    void onceClaimedOnlyTheOfficialHoldingTheTaskIsTold() throws Exception {
        intake.post("/api/v1/tasks/" + intake.taskId(requestId, "screenRequest") + "/claim", null);

        upload("partner-kh", "census-plan.pdf");

        assertThat(sent("documentAdded")).extracting(n -> n.recipient).containsExactly(INTAKE);
    }

    @Test
    void officialsDocumentReachesThePartnerWhoseTaskIsOpen() throws Exception {
        // intake asks for a clarification: the open task is now the partner's (answerClarification)
        intake.complete(requestId, "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "Please see the attached questionnaire."));

        upload("intake", "questionnaire.pdf");

        List<Notification> documents = sent("documentAdded");
        assertThat(documents).extracting(n -> n.recipient).containsExactly(PARTNER_KH);
        assertThat(documents.get(0).subject).isEqualTo(text("notification.documentAdded.subject", Locale.ENGLISH,
                reference));
        assertThat(documents.get(0).body).contains("questionnaire.pdf");
    }

    private void upload(String username, String filename) throws Exception {
        mvc.perform(multipart("/api/v1/requests/" + requestId + "/attachments")
                        .file(new MockMultipartFile("file", filename, "application/pdf", AttachmentPagesIT.PDF))
                        .with(httpBasic(username, "demo")))
                .andExpect(status().isCreated());
    }

    /** The outbox rows of this request for one kind of notification, recognised by its subject in any language. */
    private List<Notification> sent(String key) {
        List<String> subjects = Stream.of(Locale.ENGLISH, Locale.KOREAN, Locale.forLanguageTag("es"), Locale.FRENCH)
                .map(l -> text("notification." + key + ".subject", l, reference)).toList();
        return notifier.sentFor(requestId).stream().filter(n -> subjects.contains(n.subject)).toList();
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
