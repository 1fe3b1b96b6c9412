package org.coopflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.coopflow.request.RequestMapper;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.RequestRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** FormSubmissionMapper on MariaDB: completed forms as submitted, the latest per task key. Rolled back. */
@Transactional
class FormSubmissionMapperIT extends MariaDbIntegrationTest {

    @Autowired
    FormSubmissionMapper mapper;

    @Autowired
    RequestMapper requests;

    private Instant t0;
    private Long request;
    private Long otherRequest;

    @BeforeEach
    void requests() {
        t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        request = request();
        otherRequest = request();
    }

    @Test
    void submissionsInOrderWithEveryField() {
        mapper.insert(request, "task-2", "reviewMouLegal", "legal", t0.plusSeconds(60), "{\"legalDecision\":\"APPROVE\"}");
        mapper.insert(request, "task-1", "screenRequest", "intake", t0, "{\"screeningDecision\":\"ACCEPT\"}");
        mapper.insert(otherRequest, "task-3", "screenRequest", "intake", t0, "{}");

        List<FormSubmission> submissions = mapper.findByRequest(request);

        assertThat(submissions).extracting(FormSubmission::taskKey).containsExactly("screenRequest", "reviewMouLegal");
        FormSubmission first = submissions.get(0);
        assertThat(first.id()).isNotNull();
        assertThat(first.requestId()).isEqualTo(request);
        assertThat(first.taskId()).isEqualTo("task-1");
        assertThat(first.submittedBy()).isEqualTo("intake");
        assertThat(first.submittedAt()).isEqualTo(t0);
        assertThat(first.valuesJson()).isEqualTo("{\"screeningDecision\":\"ACCEPT\"}");
        assertThat(mapper.findByRequest(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void latestSubmissionOfATaskKey() {
        mapper.insert(request, "draft-1", "draftMou", "coord-mois", t0, "{\"mouText\":\"v1\"}");
        mapper.insert(request, "draft-2", "draftMou", "coord-mois", t0.plusSeconds(3600), "{\"mouText\":\"v2\"}");
        // same second as v2: the later insert wins
        mapper.insert(request, "draft-3", "draftMou", "coord-mois", t0.plusSeconds(3600), "{\"mouText\":\"v3\"}");
        mapper.insert(request, "other", "planConsultation", "coord-mois", t0.plusSeconds(7200), "{}");
        mapper.insert(otherRequest, "elsewhere", "draftMou", "coord-mois", t0.plusSeconds(9999), "{\"mouText\":\"x\"}");

        assertThat(mapper.findLatest(request, "draftMou").taskId()).isEqualTo("draft-3");
        assertThat(mapper.findLatest(request, "giveFeedback")).isNull();
    }

    @Test
    void multilingualJsonRoundTrips() {
        String json = "{\"consultationReport\":\"포럼 개최 — វេទិកាបានប្រារព្ធ — foro realizado 🎤\",\"satisfaction\":\"5\"}";
        mapper.insert(request, "t", "recordConsultationOutcome", "expert-mois", t0, json);

        assertThat(mapper.findLatest(request, "recordConsultationOutcome").valuesJson()).isEqualTo(json);
    }

    private Long request() {
        return RequestRows.insert(requests, "Form submission mapper test", t0);
    }
}
