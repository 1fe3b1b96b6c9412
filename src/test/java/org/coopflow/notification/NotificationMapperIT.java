package org.coopflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.coopflow.request.RequestMapper;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.RequestRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** NotificationMapper on MariaDB: the e-mail outbox and who receives what. Rolled back. */
@Transactional
class NotificationMapperIT extends MariaDbIntegrationTest {

    @Autowired
    NotificationMapper mapper;

    @Autowired
    RequestMapper requests;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailPreferences preferences;

    @Autowired
    Notifier notifier;

    private Instant t0;
    private Long request;
    private String group;
    private String u;

    @BeforeEach
    void fixture() {
        u = UUID.randomUUID().toString().substring(0, 8);
        t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        group = "coordinator:IT-" + u.toUpperCase();
        // JDBC fixtures before any mapper read (MyBatis' session cache does not see later JDBC writes)
        jdbc.update("INSERT INTO organisation (code, kind, name, country_code, country_name) "
                + "VALUES (?, 'AGENCY', 'Test agency', 'KR', 'Republic of Korea')", "IT-" + u.toUpperCase());
        jdbc.update("INSERT INTO app_group (id, role, organisation_code, name) VALUES (?, 'COORDINATOR', ?, 'Test coordinators')",
                group, "IT-" + u.toUpperCase());
        user("it-" + u + "-b", "ko", true, group);
        user("it-" + u + "-a", "en", true, group, "intake");
        user("it-" + u + "-off", "en", false, group);
        request = request();
    }

    @Test
    void outboxRowsReadBackInOrderAndAreMarkedSent() {
        Notification later = notification("Second", t0.plusSeconds(5));
        Notification first = notification("First", t0);
        mapper.insert(later);
        mapper.insert(first);

        assertThat(first.id).isNotNull();
        assertThat(later.id).isNotNull().isNotEqualTo(first.id);
        List<Notification> outbox = mapper.findByRequest(request);
        assertThat(outbox).extracting(n -> n.subject).containsExactly("First", "Second");
        Notification read = outbox.get(0);
        assertThat(read.id).isEqualTo(first.id);
        assertThat(read.requestId).isEqualTo(request);
        assertThat(read.recipient).isEqualTo("sokha.chan@example.org");
        assertThat(read.body).isEqualTo("요청이 접수되었습니다 — សំណើរបស់អ្នកត្រូវបានទទួល ✅");
        assertThat(read.status).isEqualTo("PENDING");
        assertThat(read.createdAt).isEqualTo(t0);
        assertThat(read.sentAt).isNull();

        mapper.markDelivered(first.id, NotificationStatus.SENT, 1, t0.plusSeconds(10));

        List<Notification> after = mapper.findByRequest(request);
        assertThat(after.get(0).status).isEqualTo("SENT");
        assertThat(after.get(0).sentAt).isEqualTo(t0.plusSeconds(10));
        assertThat(after.get(0).attempts).isEqualTo(1);
        assertThat(after.get(1).status).isEqualTo("PENDING");
        assertThat(after.get(1).sentAt).isNull();
    }

    @Test
    void recipientsOfGroupsAreEnabledMembersOnceEach() {
        List<Recipient> recipients = mapper.findRecipientsOfGroups(List.of(group, "intake"));

        assertThat(recipients).extracting(Recipient::username)
                .contains("it-" + u + "-a", "it-" + u + "-b", "intake", "intake-2")
                .doesNotContain("it-" + u + "-off")
                .doesNotHaveDuplicates();
        assertThat(mapper.findRecipientsOfGroups(List.of(group))).containsExactly(
                new Recipient("it-" + u + "-a", "it-" + u + "-a@example.org", "en"),
                new Recipient("it-" + u + "-b", "it-" + u + "-b@example.org", "ko"));
        assertThat(mapper.findRecipientsOfGroups(List.of("it-no-such-group-" + u))).isEmpty();
    }

    @Test
    void oneRecipientOnlyWhenEnabled() {
        assertThat(mapper.findRecipient("it-" + u + "-b"))
                .isEqualTo(new Recipient("it-" + u + "-b", "it-" + u + "-b@example.org", "ko"));
        assertThat(mapper.findRecipient("it-" + u + "-off")).isNull();
        assertThat(mapper.findRecipient("it-" + u + "-nobody")).isNull();
        assertThat(mapper.findRecipient("partner-kh").email()).isEqualTo("sokha.chan@interior.gov.kh.example");
    }

    @Test
    void theChoicesAtAnAddressAreThoseOfItsEnabledAccountsAndDecideWhetherItIsMailed() {
        String shared = "it-" + u + "-desk@example.org";
        jdbc.update("UPDATE app_user SET email = ? WHERE username IN (?, ?, ?)", shared, "it-" + u + "-a",
                "it-" + u + "-b", "it-" + u + "-off");

        assertThat(preferences.ofAccountsAt("it-" + u + "-nobody@example.org")).isEmpty();
        assertThat(preferences.ofAccountsAt(shared)).containsExactly(MailPreference.AT_ONCE, MailPreference.AT_ONCE);

        preferences.choose("it-" + u + "-a", MailPreference.DIGEST);
        assertThat(preferences.ofAccountsAt(shared)).containsExactly(MailPreference.DIGEST, MailPreference.AT_ONCE);
        assertThat(notifier.notifyAddress(request, shared, java.util.Locale.ENGLISH, "submitted", "CR-1", "T"))
                .as("one account there still wants mail at once").isTrue();

        preferences.choose("it-" + u + "-b", MailPreference.NONE);
        assertThat(preferences.ofAccountsAt(shared)).containsExactly(MailPreference.DIGEST, MailPreference.NONE);
        assertThat(notifier.notifyAddress(request, shared, java.util.Locale.ENGLISH, "submitted", "CR-1", "T"))
                .as("every enabled account there chose otherwise (the disabled one does not count)").isFalse();
        assertThat(notifier.notifyAddress(request, "someone@example.org", java.util.Locale.ENGLISH, "submitted",
                "CR-1", "T")).as("an address of no account").isTrue();
    }

    private Notification notification(String subject, Instant createdAt) {
        Notification n = new Notification();
        n.requestId = request;
        n.recipient = "sokha.chan@example.org";
        n.subject = subject;
        n.body = "요청이 접수되었습니다 — សំណើរបស់អ្នកត្រូវបានទទួល ✅";
        n.status = "PENDING";
        n.createdAt = createdAt;
        return n;
    }

    private void user(String username, String locale, boolean enabled, String... groups) {
        jdbc.update("INSERT INTO app_user (username, display_name, email, password_hash, organisation_code, locale, enabled) "
                        + "VALUES (?, ?, ?, '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', 'MOIS', ?, ?)",
                username, "User " + username, username + "@example.org", locale, enabled);
        for (String g : groups) {
            jdbc.update("INSERT INTO group_membership (username, group_id) VALUES (?, ?)", username, g);
        }
    }

    private Long request() {
        return RequestRows.insert(requests, "Notification mapper test", t0);
    }
}
