package org.coopflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

import org.coopflow.request.RequestMapper;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.RequestRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** AuditMapper on MariaDB: entries of the test's own requests, every column, in time order, by category. Rolled back. */
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
    void entriesReadBackInTimeOrderWithEveryColumn() {
        insert(line(requestId, AuditEventType.SCREENING_DECIDED, "intake", t0.plusSeconds(20)).decision("ACCEPT")
                .step("screenRequest").routing("MOIS", List.of("KOMSCO", "NIA")).reason("In scope"));
        AuditLine full = line(requestId, AuditEventType.MOU_SIGNED, "coord-mois", t0.plusSeconds(30))
                .step("recordMouSigning").number(2).onDate(LocalDate.of(2026, 5, 4)).reason("Minister; Vice-minister")
                .document(7L, "signed.pdf").agency("MOIS").counterpart("expert-mois", "Han Ye-jin").detail("X")
                .statuses("MOU_DRAFTING", "FOLLOW_UP");
        full.actorName = "Kim Min-jun";
        full.actorRole = "COORDINATOR";
        full.actorOrg = "MOIS";
        insert(full);
        insert(line(requestId, AuditEventType.REQUEST_SUBMITTED, "partner-kh", t0));
        insert(line(otherRequestId, AuditEventType.REQUEST_SUBMITTED, "partner-kh", t0.plusSeconds(5)));

        List<AuditEntry> entries = audit.findByRequest(requestId, null);

        assertThat(entries).extracting(AuditEntry::eventType).containsExactly(AuditEventType.REQUEST_SUBMITTED,
                AuditEventType.SCREENING_DECIDED, AuditEventType.MOU_SIGNED);
        AuditEntry accepted = entries.get(1);
        assertThat(accepted.category()).isEqualTo(AuditCategory.DECISION);
        assertThat(accepted.leadAgency()).isEqualTo("MOIS");
        assertThat(accepted.supportingAgencies()).isEqualTo("KOMSCO,NIA");
        AuditEntry signed = entries.get(2);
        assertThat(signed).usingRecursiveComparison().ignoringFields("id").isEqualTo(new AuditEntry(null, requestId,
                t0.plusSeconds(30), AuditEventType.MOU_SIGNED, AuditCategory.DECISION, "coord-mois", "Kim Min-jun",
                "COORDINATOR", "MOIS", "recordMouSigning", null, "X", "Minister; Vice-minister", 2,
                LocalDate.of(2026, 5, 4), "MOU_DRAFTING", "FOLLOW_UP", "MOIS", null, null, "expert-mois",
                "Han Ye-jin", 7L, "signed.pdf", null));
        assertThat(audit.findByRequest(otherRequestId, null)).hasSize(1);
    }

    @Test
    void categoriesFilterTheEntries() {
        insert(line(requestId, AuditEventType.REQUEST_SUBMITTED, "partner-kh", t0));
        insert(line(requestId, AuditEventType.MESSAGE_POSTED, "partner-kh", t0.plusSeconds(1)).reason("Hello"));
        insert(line(requestId, AuditEventType.DOCUMENT_ADDED, "partner-kh", t0.plusSeconds(2)).document(1L, "a.pdf"));
        insert(line(requestId, AuditEventType.SCREENING_DECIDED, "intake", t0.plusSeconds(3)).decision("DECLINE"));

        assertThat(audit.findByRequest(requestId, EnumSet.of(AuditCategory.MESSAGE, AuditCategory.DOCUMENT)))
                .extracting(AuditEntry::eventType)
                .containsExactly(AuditEventType.MESSAGE_POSTED, AuditEventType.DOCUMENT_ADDED);
        assertThat(audit.findByRequest(requestId, EnumSet.noneOf(AuditCategory.class))).hasSize(4);
    }

    @Test
    void entriesOfTheSameInstantKeepTheirInsertionOrder() {
        for (int i = 1; i <= 5; i++) {
            insert(line(requestId, AuditEventType.MESSAGE_POSTED, "coord-mois", t0).reason("message " + i));
        }

        List<AuditEntry> entries = audit.findByRequest(requestId, null);

        assertThat(entries).extracting(AuditEntry::reason)
                .containsExactly("message 1", "message 2", "message 3", "message 4", "message 5");
        assertThat(entries).extracting(AuditEntry::id).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void multilingualReasonsRoundTrip() {
        String reason = "사유: 범위 밖 — មូលហេតុ៖ ក្រៅវិសាលភាព — fuera de alcance 🙅‍♀️📎";
        insert(line(requestId, AuditEventType.SCREENING_DECIDED, "intake", t0).decision("DECLINE").reason(reason));

        assertThat(audit.findByRequest(requestId, null)).singleElement().extracting(AuditEntry::reason)
                .isEqualTo(reason);
    }

    @Test
    void unknownRequestHasNoEntries() {
        assertThat(audit.findByRequest(Long.MAX_VALUE, null)).isEmpty();
    }

    private static AuditLine line(Long requestId, AuditEventType type, String actor, Instant at) {
        AuditLine line = new AuditLine(requestId, type, actor);
        line.occurredAt = at;
        return line;
    }

    private void insert(AuditLine line) {
        audit.insert(line);
    }

    private Long newRequest() {
        return RequestRows.insert(requests, "Audit mapper test", t0);
    }
}
