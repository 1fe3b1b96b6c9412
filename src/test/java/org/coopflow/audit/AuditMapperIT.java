package org.coopflow.audit;

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

/** AuditMapper on MariaDB: events of the test's own requests, read back in time order. Rolled back. */
@Transactional
class AuditMapperIT extends MariaDbIntegrationTest {

    @Autowired
    AuditMapper audit;

    @Autowired
    RequestMapper requests;

    private Instant t0;
    private Long requestId;
    private Long otherRequestId;

    @BeforeEach
    void requests() {
        t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);
        requestId = newRequest();
        otherRequestId = newRequest();
    }

    @Test
    void eventsReadBackInTimeOrderWithEveryField() {
        audit.insert(requestId, "intake", "SCREENED", "accepted", t0.plusSeconds(20));
        audit.insert(requestId, "partner-kh", "SUBMITTED", "CR-TEST National ID", t0);
        audit.insert(requestId, "system", "ROUTED", "lead MOIS, supporting [KOMSCO]", t0.plusSeconds(10));
        audit.insert(otherRequestId, "partner-kh", "SUBMITTED", "another request", t0.plusSeconds(5));

        List<AuditEvent> events = audit.findByRequest(requestId);

        assertThat(events).extracting(AuditEvent::action).containsExactly("SUBMITTED", "ROUTED", "SCREENED");
        AuditEvent first = events.get(0);
        assertThat(first.id()).isNotNull();
        assertThat(first.requestId()).isEqualTo(requestId);
        assertThat(first.actor()).isEqualTo("partner-kh");
        assertThat(first.details()).isEqualTo("CR-TEST National ID");
        assertThat(first.createdAt()).isEqualTo(t0);
        assertThat(events).extracting(AuditEvent::createdAt).isSorted();
        assertThat(audit.findByRequest(otherRequestId)).extracting(AuditEvent::details).containsExactly("another request");
    }

    @Test
    void eventsOfTheSameInstantKeepTheirInsertionOrder() {
        for (int i = 1; i <= 5; i++) {
            audit.insert(requestId, "coord-mois", "STEP_" + i, null, t0);
        }

        List<AuditEvent> events = audit.findByRequest(requestId);

        assertThat(events).extracting(AuditEvent::action).containsExactly("STEP_1", "STEP_2", "STEP_3", "STEP_4", "STEP_5");
        assertThat(events).extracting(AuditEvent::id).isSorted().doesNotHaveDuplicates();
        assertThat(events).extracting(AuditEvent::details).containsOnlyNulls();
    }

    @Test
    void subSecondOrderIsKeptByInsertionOrder() {
        // the JDBC URL sends whole seconds (sendFractionalSeconds=false): id breaks the tie
        audit.insert(requestId, "intake", "LATER", null, t0.plusMillis(900));
        audit.insert(requestId, "intake", "EVEN_LATER", null, t0.plusMillis(950));

        List<AuditEvent> events = audit.findByRequest(requestId);

        assertThat(events).extracting(AuditEvent::action).containsExactly("LATER", "EVEN_LATER");
        assertThat(events).extracting(AuditEvent::createdAt)
                .allSatisfy(at -> assertThat(at).isBetween(t0, t0.plusMillis(950)));
    }

    @Test
    void multilingualDetailsRoundTrip() {
        String details = "사유: 범위 밖 — មូលហេតុ៖ ក្រៅវិសាលភាព — fuera de alcance 🙅‍♀️📎";
        audit.insert(requestId, "intake", "DECLINED", details, t0);

        assertThat(audit.findByRequest(requestId)).singleElement().extracting(AuditEvent::details).isEqualTo(details);
    }

    @Test
    void unknownRequestHasNoEvents() {
        assertThat(audit.findByRequest(Long.MAX_VALUE)).isEmpty();
    }

    private Long newRequest() {
        return RequestRows.insert(requests, "Audit mapper test", t0);
    }
}
