package org.coopflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.coopflow.request.RequestMapper;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.RequestRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * FormSubmissionMapper on MariaDB: the raw record of what was typed into each completed form, kept as written (no
 * code reads business facts from it; the stages' tables hold those). Rolled back.
 */
@Transactional
class FormSubmissionMapperIT extends MariaDbIntegrationTest {

    @Autowired
    FormSubmissionMapper mapper;

    @Autowired
    RequestMapper requests;

    @Autowired
    JdbcTemplate jdbc;

    private Instant t0;
    private Long request;

    @BeforeEach
    void request() {
        t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        request = RequestRows.insert(requests, "Form submission mapper test", t0);
    }

    @Test
    void aSubmissionIsKeptAsTypedMultilingualTextIncluded() {
        String json = "{\"consultationReport\":\"포럼 개최 — វេទិកាបានប្រារព្ធ — foro realizado 🎤\",\"satisfaction\":\"5\"}";

        mapper.insert(request, "task-1", "recordConsultationOutcome", "expert-mois", t0, json);

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT task_id, task_key, submitted_by, submitted_at, values_json FROM form_submission"
                        + " WHERE request_id = ?", request);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("task_id")).isEqualTo("task-1");
            assertThat(row.get("task_key")).isEqualTo("recordConsultationOutcome");
            assertThat(row.get("submitted_by")).isEqualTo("expert-mois");
            assertThat(jdbc.queryForObject("SELECT submitted_at FROM form_submission WHERE request_id = ?",
                    Timestamp.class, request).toInstant()).isEqualTo(t0);
            assertThat(row.get("values_json")).isEqualTo(json);
        });
    }
}
