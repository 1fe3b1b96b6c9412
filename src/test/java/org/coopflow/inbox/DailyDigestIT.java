package org.coopflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.notification.MailPreference;
import org.coopflow.notification.MailPreferences;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily digest of an account that chose it: one mail a day from the configured hour (8:00) in the reader's own
 * time zone, listing what is still unread; never a second one the same day, however many passes or nodes try at
 * once; none when nothing waits. Each test has an account of its own (in no group, so nothing else reaches it), in
 * Guatemala's time zone, seven hours behind Seoul's.
 */
class DailyDigestIT extends MariaDbIntegrationTest {

    private static final ZoneId GUATEMALA = ZoneId.of("America/Guatemala");

    @Autowired
    DailyDigest digest;

    @Autowired
    Inbox inbox;

    @Autowired
    InboxMapper mapper;

    @Autowired
    MailPreferences preferences;

    @Autowired
    RequestLifecycle lifecycle;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    private String reader;
    private String address;
    private CooperationRequest request;

    @BeforeEach
    void aReaderWhoChoseTheDigest() {
        reader = "digest-" + UUID.randomUUID().toString().substring(0, 8);
        address = reader + "@mois.go.kr.example";
        jdbc.update("INSERT INTO app_user (username, display_name, email, password_hash, organisation_code, locale,"
                + " time_zone, enabled) VALUES (?, 'Digest Reader', ?, 'x', 'MOIS', 'es', 'America/Guatemala', TRUE)",
                reader, address);
        preferences.choose(reader, MailPreference.DIGEST);
        request = lifecycle.find(new Api(rest, "partner-kh").submitNew(
                Api.nationalIdRequest("Digest " + UUID.randomUUID())));
    }

    @Test
    void theDigestListsTheUnreadItemsOnceADayFromEightInTheReadersZone() {
        deliver(ItemKind.MESSAGE_POSTED, "Primera pregunta");
        deliver(ItemKind.DOCUMENT_ADDED, "plan.pdf");
        InboxItem alreadyRead = deliver(ItemKind.MESSAGE_POSTED, "Ya leído");
        inbox.open(users.currentUserOf(reader), alreadyRead.id);
        assertThat(items()).allSatisfy(i -> assertThat(i.mail).isEqualTo("DIGEST"));
        assertThat(digests()).isEmpty();

        // 7:59 in Guatemala (already 22:59 in Seoul): not yet
        digest.sendDue(at(2031, 3, 4, 7, 59));
        assertThat(digests()).isEmpty();

        digest.sendDue(at(2031, 3, 4, 8, 0));
        assertThat(digests()).singleElement().satisfies(body -> assertThat(body)
                .contains("Primera pregunta", "plan.pdf", request.reference()).doesNotContain("Ya leído"));
        assertThat(items()).allSatisfy(i -> assertThat(i.mail).isEqualTo("DIGESTED"));

        // later the same day, even with something new: tomorrow's digest takes it
        deliver(ItemKind.MESSAGE_POSTED, "Segunda pregunta");
        digest.sendDue(at(2031, 3, 4, 18, 0));
        assertThat(digests()).hasSize(1);

        digest.sendDue(at(2031, 3, 5, 9, 30));
        assertThat(digests()).hasSize(2);
        assertThat(digests().get(1)).contains("Segunda pregunta").doesNotContain("Primera pregunta");
    }

    @Test
    void aDayWithNothingUnreadSendsNoDigest() {
        InboxItem read = deliver(ItemKind.MESSAGE_POSTED, "Leído");
        inbox.open(users.currentUserOf(reader), read.id);

        digest.sendDue(at(2031, 4, 1, 10, 0));

        assertThat(digests()).isEmpty();
    }

    @Test
    void twoNodesSendingTheDigestsAtTheSameMomentSendOne() throws Exception {
        deliver(ItemKind.MESSAGE_POSTED, "Una vez");
        Instant eight = at(2031, 5, 6, 8, 5);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> passes = new ArrayList<>();
            // two passes at once, each in its own transactions, as two nodes would (ShedLock aside)
            for (int node = 0; node < 2; node++) {
                passes.add(nodes.submit(() -> {
                    start.await();
                    return digest.sendDue(eight);
                }));
            }
            start.countDown();
            for (Future<Integer> pass : passes) {
                pass.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(digests()).singleElement().satisfies(body -> assertThat(body).contains("Una vez"));
        // and a pass a minute later finds today's digest sent
        digest.sendDue(eight.plusSeconds(60));
        assertThat(digests()).hasSize(1);
    }

    @Test
    void theDigestIsWrittenInTheReadersLanguage() {
        deliver(ItemKind.MESSAGE_POSTED, "Hola");

        digest.sendDue(at(2031, 6, 2, 8, 30));

        List<String> subjects = jdbc.queryForList("SELECT subject FROM notification WHERE recipient = ?", String.class,
                address);
        assertThat(subjects).containsExactly(messages.getMessage("inbox.digest.subject", new Object[]{1},
                Locale.forLanguageTag("es")));
    }

    @Test
    void anAccountThatLeftTheDigestGetsNone() {
        deliver(ItemKind.MESSAGE_POSTED, "Nunca");
        preferences.choose(reader, MailPreference.NONE);

        digest.sendDue(at(2031, 7, 1, 12, 0));

        assertThat(digests()).isEmpty();
    }

    private InboxItem deliver(ItemKind kind, String note) {
        inbox.deliver(News.of(kind, request).actor("partner-kh").note(note).subject(System.nanoTime()), List.of(reader));
        List<InboxItem> items = items();
        return items.get(items.size() - 1);
    }

    private List<InboxItem> items() {
        return mapper.findPage(reader, false, 0, 100).stream().sorted(Comparator.comparing(i -> i.id))
                .toList();
    }

    /** The bodies of the digest mails written for the reader, oldest first. */
    private List<String> digests() {
        return jdbc.queryForList("SELECT body FROM notification WHERE recipient = ? ORDER BY id", String.class,
                address);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(GUATEMALA).toInstant();
    }
}
