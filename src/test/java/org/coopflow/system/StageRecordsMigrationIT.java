package org.coopflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * V12–V14 on a database that holds the demo requests as the code before them left it (form JSON, prose audit trail):
 * a schema of its own on the test server is migrated to V11, filled with those rows (src/test/resources/db/fixtures:
 * the eight demo requests as the embedded default made them, and a ninth through every later stage), then migrated
 * to the latest version. Every submission becomes its stage's typed row and the audit trail typed entries.
 */
class StageRecordsMigrationIT extends MariaDbIntegrationTest {

    private static final String SCHEMA = "coopflow_migration_test";

    @Autowired
    List<JavaMigration> javaMigrations;

    private JdbcTemplate jdbc;
    private DataSource dataSource;

    @BeforeEach
    void databaseAtV11WithTheDemoRequests() throws Exception {
        String server = TestDatabase.url().substring(0, TestDatabase.url().indexOf(TestDatabase.SCHEMA));
        String options = TestDatabase.url().substring(TestDatabase.url().indexOf('?'));
        try (Connection c = DriverManager.getConnection(server + options, TestDatabase.user(), TestDatabase.password());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            s.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        dataSource = new DriverManagerDataSource(server + SCHEMA + options, TestDatabase.user(),
                TestDatabase.password());
        flyway("11").migrate();
        try (Connection c = dataSource.getConnection()) {
            // the demo users and organisations as at V11 (the repeatable scripts come with the latest version)
            for (String fixture : List.of("db/demo/R__demo_data.sql", "db/fixtures/demo-v11.sql",
                    "db/fixtures/demo-v11-later-stages.sql")) {
                ScriptUtils.executeSqlScript(c, new org.springframework.core.io.support.EncodedResource(
                        new ClassPathResource(fixture), StandardCharsets.UTF_8));
            }
        }
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void everySubmissionBecomesItsStagesRowAndTheAuditTrailTypedEntries() {
        flyway(null).migrate();

        // screening: decisions, and the clarification rounds with their answers (by form, or through the API)
        assertThat(rows("SELECT request_id, decision, decided_by FROM screening_decision ORDER BY request_id, id"))
                .extracting(r -> r.get("request_id"), r -> r.get("decision"))
                .contains(tuple(2L, "CLARIFY"), tuple(8L, "DECLINE"), tuple(9L, "CLARIFY"), tuple(9L, "ACCEPT"));
        assertThat(rows("SELECT request_id, round_no, outcome, answer FROM clarification ORDER BY request_id"))
                .extracting(r -> r.get("request_id"), r -> r.get("outcome"), r -> r.get("answer"))
                .containsExactly(tuple(2L, "OPEN", null), tuple(9L, "ANSWERED", "Phnom Penh and Kandal first."));
        // assignment: every nomination round, with the coordinator's note where the form had one
        assertThat(rows("SELECT request_id, agency_code, note FROM nomination_round WHERE request_id = 4"))
                .extracting(r -> r.get("agency_code"), r -> r.get("note"))
                .contains(tuple("MOIS", "Resident registration background, speaks Khmer."));
        assertThat(count("SELECT COUNT(*) FROM team_decision WHERE decision = 'CONFIRM'")).isEqualTo(2);
        // consultation: plans with the partner's answers, the outcome, the feedback (given and defaulted)
        assertThat(rows("SELECT request_id, revision_no, modality, partner_decision FROM consultation_plan"
                + " ORDER BY request_id")).extracting(r -> r.get("request_id"), r -> r.get("partner_decision"))
                .containsExactly(tuple(6L, null), tuple(7L, "CONFIRM"));
        assertThat(rows("SELECT request_id, defaulted, wants_mou FROM consultation_feedback ORDER BY request_id"))
                .extracting(r -> r.get("request_id"), r -> r.get("defaulted"))
                .containsExactly(tuple(7L, false), tuple(9L, true));
        // MOU: each review of the version it read, the signing
        assertThat(rows("SELECT version_no, reviewer, decision FROM mou_review WHERE request_id = 9 ORDER BY id"))
                .extracting(r -> r.get("version_no"), r -> r.get("reviewer"), r -> r.get("decision"))
                .containsExactly(tuple(1, "LEGAL", "REQUEST_CHANGES"), tuple(1, "PARTNER", "APPROVE"),
                        tuple(2, "LEGAL", "APPROVE"), tuple(2, "PARTNER", "APPROVE"), tuple(2, "MANAGER", "APPROVE"));
        assertThat(rows("SELECT version_no, place FROM mou_signing WHERE request_id = 9"))
                .extracting(r -> r.get("version_no"), r -> r.get("place")).containsExactly(tuple(2, "Phnom Penh"));
        // follow-up: the actions, the round's report and review, the evaluation, the closure
        assertThat(rows("SELECT action_type, owner, status FROM follow_up_action WHERE request_id = 9 ORDER BY id"))
                .extracting(r -> r.get("action_type"), r -> r.get("owner"))
                .containsExactly(tuple("TRAINING", "MOIS"), tuple("COOPERATION_CENTRE", "KOMSCO"));
        assertThat(count("SELECT COUNT(*) FROM follow_up_report WHERE request_id = 9 AND round_no = 1")).isOne();
        assertThat(count("SELECT COUNT(*) FROM follow_up_review WHERE request_id = 9 AND round_no = 1")).isOne();
        assertThat(count("SELECT COUNT(*) FROM cooperation_evaluation WHERE request_id IN (7, 9)")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM closure_decision WHERE decision = 'APPROVE'")).isEqualTo(2);

        // the audit trail: typed entries, one per business event; what it could not type kept as a legacy line
        List<Map<String, Object>> audit = rows("SELECT event_type, actor, actor_role, decision, from_status, to_status,"
                + " legacy_text FROM audit_entry WHERE request_id = 9 ORDER BY occurred_at, id");
        assertThat(audit).extracting(r -> r.get("event_type")).containsSubsequence("REQUEST_SUBMITTED", "ROUTED",
                "STATUS_CHANGED", "TASK_CLAIMED", "CLARIFICATION_ASKED", "CLARIFICATION_ANSWERED",
                "SCREENING_DECIDED", "FEEDBACK_GIVEN", "MOU_VERSION_CREATED", "MOU_REVIEW_REMINDED", "MOU_REVIEWED",
                "MOU_SIGNED", "FOLLOW_UP_ACTION_DEFINED", "FOLLOW_UP_REPORTED", "FOLLOW_UP_REVIEWED",
                "COOPERATION_EVALUATED", "CLOSURE_DECIDED").doesNotContain("TASK_COMPLETED");
        assertThat(audit).filteredOn(r -> "SCREENING_DECIDED".equals(r.get("event_type")))
                .extracting(r -> r.get("actor"), r -> r.get("actor_role"), r -> r.get("decision"))
                .containsExactly(tuple("intake", "INTAKE", "ACCEPT"));
        assertThat(audit).filteredOn(r -> "LEGACY".equals(r.get("event_type"))).extracting(r -> r.get("legacy_text"))
                .containsExactly("MANUAL_NOTE: Minister visit planned");
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE request_id <= 8")).isGreaterThan(60);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE event_type = 'LEGACY' AND request_id <= 8")).isZero();

        // the dashboard's projection and the year's counter
        assertThat(rows("SELECT stage, seconds FROM stage_time WHERE request_id = 9 AND stage = 'AWAITING_PARTNER'"))
                .extracting(r -> r.get("seconds")).containsExactly(2L * 86_400);
        assertThat(count("SELECT last_number FROM reference_counter WHERE counter_year = 2026")).isEqualTo(9);
        assertThat(count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + SCHEMA
                + "' AND table_name = 'audit_event'")).isZero();
    }

    /** Up to a version: the versioned migrations only; to the latest: with the demo data's repeatable scripts. */
    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource)
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new));
        if (target != null) {
            configuration.locations("classpath:db/migration").target(target);
        } else {
            configuration.locations("classpath:db/migration", "classpath:db/demo");
        }
        return configuration.load();
    }

    private List<Map<String, Object>> rows(String sql) {
        return jdbc.queryForList(sql);
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
