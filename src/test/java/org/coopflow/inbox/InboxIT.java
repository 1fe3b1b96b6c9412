package org.coopflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.notification.MailPreference;
import org.coopflow.notification.MailPreferences;
import org.coopflow.notification.Notification;
import org.coopflow.notification.Notifier;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.support.Api;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who gets which inbox item, from the business events of a real request on the tests' MariaDB: the steps offered to
 * a group's members, messages and decisions for those concerned, never anything of one partner for another; items
 * read when opened, when the page they lead to is opened, or all at once; the badge's count; and the e-mail each
 * item gives, as each account chose (at once, or none).
 */
class InboxIT extends MariaDbIntegrationTest {

    private static final String COORD_MOIS_MAIL = "coord@mois.go.kr.example";
    private static final String COORD_KOMSCO_MAIL = "coord@komsco.or.kr.example";
    private static final String PARTNER_KH_MAIL = "sokha.chan@interior.gov.kh.example";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Inbox inbox;

    @Autowired
    InboxMapper mapper;

    @Autowired
    TaskList taskList;

    @Autowired
    RequestLifecycle lifecycle;

    @Autowired
    MailPreferences preferences;

    @Autowired
    Notifier notifier;

    @Autowired
    MessageSource messages;

    @Autowired
    CoopFlowUserDetailsService users;

    private Cast cast;

    @BeforeEach
    void cast() {
        cast = Cast.of(rest);
    }

    @AfterEach
    void everyoneBackToMailAtOnce() {
        jdbc.update("DELETE FROM mail_preference WHERE username IN ('coord-mois', 'coord-komsco', 'partner-kh')");
    }

    @Test
    void aSubmittedRequestOffersItsScreeningToTheIntakeDeskAndToNobodyElse() {
        Journey journey = Journeys.submitted(cast);
        String screening = taskId(journey, "screenRequest");

        for (String intake : List.of("intake", "intake-2")) {
            assertThat(items(intake, journey)).singleElement().satisfies(item -> {
                assertThat(item.kind).isEqualTo(ItemKind.TASK_OFFERED);
                assertThat(item.taskKey).isEqualTo("screenRequest");
                assertThat(item.targetLink).isEqualTo("/tasks/" + screening);
                assertThat(item.reference).isEqualTo(journey.reference());
                assertThat(item.unread()).isTrue();
            });
        }
        for (String other : List.of("partner-kh", "partner-gt", "coord-mois", "coord-komsco", "manager")) {
            assertThat(items(other, journey)).as(other).isEmpty();
        }
    }

    @Test
    void aStepTakenIsNoLongerNewsToTheOthersItWasOfferedTo() {
        Journey journey = Journeys.submitted(cast);
        cast.intake().post("/api/v1/tasks/" + taskId(journey, "screenRequest") + "/claim", null);

        assertThat(items("intake-2", journey)).singleElement().satisfies(item -> assertThat(item.unread()).isFalse());
    }

    @Test
    void aStepDoneIsNoLongerNews() {
        Journey journey = Journeys.toExpertAnswers(cast);
        assertThat(items("expert-mois", journey, ItemKind.TASK_ASSIGNED)).singleElement()
                .satisfies(item -> assertThat(item.unread()).isTrue());

        // answered through the API: the step's page was never opened
        Journeys.accept(cast.expertMois(), journey);

        assertThat(items("expert-mois", journey, ItemKind.TASK_ASSIGNED)).singleElement().satisfies(item -> {
            assertThat(item.unread()).isFalse();
            assertThat(item.stepClosedAt).isNotNull();
        });
        assertThat(items("expert-komsco", journey, ItemKind.TASK_ASSIGNED)).singleElement().satisfies(item -> {
            assertThat(item.unread()).isTrue();
            assertThat(item.stepClosedAt).isNull();
        });
    }

    @Test
    void thePartnersMessageReachesTheAgenciesWorkingOnItAndNoPartner() {
        Journey journey = Journeys.toAssigningExperts(cast);

        cast.partner().post("/api/v1/requests/" + journey.id() + "/messages",
                Map.of("text", "We can host the forum in Phnom Penh. " + "x".repeat(200)));

        // offered the nominations, and the lead agency's coordinators follow an accepted request anyway
        for (String official : List.of("coord-mois", "coord-komsco")) {
            assertThat(items(official, journey, ItemKind.MESSAGE_POSTED)).as(official).singleElement()
                    .satisfies(item -> {
                        assertThat(item.actor).isEqualTo("partner-kh");
                        assertThat(item.targetLink).isEqualTo("/requests/" + journey.id() + "#messages");
                        assertThat(item.note).startsWith("We can host the forum in Phnom Penh.")
                                .hasSize(News.NOTE_LENGTH).endsWith("…");
                    });
        }
        for (String other : List.of("partner-kh", "partner-gt", "intake", "intake-2", "expert-mois")) {
            assertThat(items(other, journey, ItemKind.MESSAGE_POSTED)).as(other).isEmpty();
        }
    }

    @Test
    void thePartnerReadsTheAgencyOfTheOfficialWhoWroteNeverTheirName() {
        Journey journey = Journeys.toAssigningExperts(cast);

        cast.coordMois().post("/api/v1/requests/" + journey.id() + "/messages",
                Map.of("text", "Could you send the draft law on resident registration?"));

        assertThat(items("partner-kh", journey, ItemKind.MESSAGE_POSTED)).hasSize(1);
        Notification mail = mailsTo(journey, PARTNER_KH_MAIL).stream()
                .filter(n -> n.subject.contains("Could you send")).findFirst().orElseThrow();
        String agency = messages.getMessage("agency.MOIS", null, Locale.ENGLISH);
        assertThat(mail.subject).isEqualTo(messages.getMessage("inbox.mail.subject", new Object[]{
                messages.getMessage("inbox.item.MESSAGE_POSTED", new Object[]{journey.reference(), "", "", agency, "", "",
                        "Could you send the draft law on resident registration?", ""}, Locale.ENGLISH)},
                Locale.ENGLISH));
        assertThat(mail.body).doesNotContain("Kim Min-jun").doesNotContain("coord-mois")
                .contains("/inbox/" + items("partner-kh", journey, ItemKind.MESSAGE_POSTED).get(0).id);
    }

    @Test
    void acceptanceTellsThePartnerWhichAgencyLeads() {
        Journey journey = Journeys.toAssigningExperts(cast);

        assertThat(items("partner-kh", journey, ItemKind.REQUEST_ACCEPTED)).singleElement()
                .satisfies(item -> assertThat(item.code).isEqualTo("MOIS"));
        assertThat(items("coord-mois", journey, ItemKind.TASK_OFFERED)).extracting(i -> i.taskKey)
                .containsExactly("nominateExperts");
    }

    @Test
    void aPartnerNeverGetsAnItemOfAnotherOrganisationsRequest() {
        Journey journey = Journeys.toConsultation(cast);
        assertThat(items("partner-gt", journey)).isEmpty();

        // even when the rules of who is concerned named it
        inbox.deliver(News.of(ItemKind.MESSAGE_POSTED, lifecycle.find(journey.id())).actor("coord-mois"),
                List.of("partner-gt", "partner-kh", "coord-komsco"));

        assertThat(items("partner-gt", journey)).isEmpty();
        assertThat(items("partner-kh", journey, ItemKind.MESSAGE_POSTED)).hasSize(1);
        assertThat(items("coord-komsco", journey, ItemKind.MESSAGE_POSTED)).hasSize(1);
    }

    @Test
    void whoeverActedIsNotToldOfWhatTheyDid() {
        Journey journey = Journeys.toAssigningExperts(cast);

        inbox.deliver(News.of(ItemKind.MESSAGE_POSTED, lifecycle.find(journey.id())).actor("coord-mois"),
                List.of("coord-mois", "coord-komsco"));

        assertThat(items("coord-mois", journey, ItemKind.MESSAGE_POSTED)).isEmpty();
        assertThat(items("coord-komsco", journey, ItemKind.MESSAGE_POSTED)).hasSize(1);
    }

    @Test
    void itemsAreReadWhenOpenedWhenTheirPageIsOpenedOrAllAtOnce() {
        // other tests leave coord-mois unread items; the badge counts at most a hundred
        inbox.markAllRead(user("coord-mois"));
        Journey journey = Journeys.toAssigningExperts(cast);
        cast.partner().post("/api/v1/requests/" + journey.id() + "/messages", Map.of("text", "First"));
        cast.partner().post("/api/v1/requests/" + journey.id() + "/messages", Map.of("text", "Second"));
        List<InboxItem> messagesForCoord = items("coord-mois", journey, ItemKind.MESSAGE_POSTED);
        InboxItem offer = items("coord-mois", journey, ItemKind.TASK_OFFERED).get(0);
        int unreadBefore = inbox.unread("coord-mois");

        inbox.open(user("coord-mois"), messagesForCoord.get(0).id);
        assertThat(inbox.unread("coord-mois")).isEqualTo(unreadBefore - 1);

        // the request page: both messages lead there (the step's offer leads to the step's page)
        inbox.pageOpened("coord-mois", "/requests/" + journey.id());
        assertThat(items("coord-mois", journey, ItemKind.MESSAGE_POSTED)).allSatisfy(i -> assertThat(i.unread()).isFalse());
        assertThat(items("coord-mois", journey, ItemKind.TASK_OFFERED).get(0).unread()).isTrue();

        inbox.pageOpened("coord-mois", offer.targetPage);
        assertThat(items("coord-mois", journey, ItemKind.TASK_OFFERED).get(0).unread()).isFalse();

        inbox.markAllRead(user("coord-komsco"));
        assertThat(inbox.unread("coord-komsco")).isZero();
        assertThat(items("coord-komsco", journey)).allSatisfy(i -> assertThat(i.unread()).isFalse());
    }

    @Test
    void theBadgeCountsAtMostAHundredUnreadItems() {
        String reader = "badge-" + UUID.randomUUID().toString().substring(0, 8);
        Journey journey = Journeys.submitted(cast);
        for (int i = 0; i < 105; i++) {
            InboxItem item = News.of(ItemKind.MESSAGE_POSTED, lifecycle.find(journey.id())).itemFor(reader,
                    Instant.now());
            item.mail = MailState.NONE.name();
            mapper.insert(item);
        }

        assertThat(inbox.unread(reader)).isEqualTo(Inbox.BADGE_CAP);
        assertThat(mapper.findPage(reader, true, 0, 26)).hasSize(26);
    }

    @Test
    void anAccountThatChoseNoEmailGetsItsItemsAndNoMail() {
        preferences.choose("coord-komsco", MailPreference.NONE);

        Journey journey = Journeys.toAssigningExperts(cast);

        assertThat(items("coord-komsco", journey, ItemKind.TASK_OFFERED)).singleElement()
                .satisfies(item -> assertThat(item.mail).isEqualTo("NONE"));
        assertThat(mailsTo(journey, COORD_KOMSCO_MAIL)).isEmpty();
        // who wants e-mail at once has it, with the item's words
        assertThat(items("coord-mois", journey, ItemKind.TASK_OFFERED)).singleElement()
                .satisfies(item -> assertThat(item.mail).isEqualTo("AT_ONCE"));
        assertThat(mailsTo(journey, COORD_MOIS_MAIL)).singleElement()
                .satisfies(mail -> assertThat(mail.body).contains(journey.reference()));
    }

    @Test
    void anAccountThatChoseTheDigestIsNotMailedAtOnce() {
        preferences.choose("coord-mois", MailPreference.DIGEST);

        Journey journey = Journeys.toAssigningExperts(cast);

        assertThat(items("coord-mois", journey, ItemKind.TASK_OFFERED)).singleElement()
                .satisfies(item -> assertThat(item.mail).isEqualTo("DIGEST"));
        assertThat(mailsTo(journey, COORD_MOIS_MAIL)).isEmpty();
    }

    @Test
    void theSubmissionAcknowledgementIsNotMailedToAnAddressWhoseAccountChoseNoEmail() {
        preferences.choose("partner-kh", MailPreference.NONE);

        Long id = cast.partner().submitNew(Api.nationalIdRequest("No acknowledgement " + UUID.randomUUID()));

        assertThat(notifier.sentFor(id)).noneMatch(n -> n.recipient.equals(PARTNER_KH_MAIL));
        assertThat(notifier.mailedTo(id, PARTNER_KH_MAIL)).isFalse();
    }

    // ---- helpers

    private String taskId(Journey journey, String taskKey) {
        return taskList.openTasksOf(journey.id()).stream().filter(t -> t.taskKey().equals(taskKey))
                .map(OpenTask::taskId).findFirst().orElseThrow();
    }

    /** The user's items about the request, oldest first. */
    private List<InboxItem> items(String username, Journey journey) {
        return mapper.findPage(username, false, 0, 10_000).stream().filter(i -> i.requestId.equals(journey.id()))
                .sorted(Comparator.comparing(i -> i.id)).toList();
    }

    private List<InboxItem> items(String username, Journey journey, ItemKind kind) {
        return items(username, journey).stream().filter(i -> i.kind == kind).toList();
    }

    private List<Notification> mailsTo(Journey journey, String address) {
        return notifier.sentFor(journey.id()).stream().filter(n -> n.recipient.equals(address)).toList();
    }

    private CurrentUser user(String username) {
        return users.currentUserOf(username);
    }
}
