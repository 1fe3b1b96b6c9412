package org.coopflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction reads a request once, however many listeners look it up, and again after it writes the request's row
 * (not when it writes another table, such as its agencies); a repeated
 * submission gives back the number it reserved (the idempotency key is answered by the unique key, not looked up).
 */
class RequestReadsIT extends MariaDbIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RequestLifecycle lifecycle;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTransactionReadsTheRequestOnceUntilItWritesIt() {
        Long id = submitted("Read once " + UUID.randomUUID());
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        TransactionTemplate ofItsOwn = new TransactionTemplate(transactions);
        ofItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        transaction.executeWithoutResult(tx -> {
            long asking = -selects() + selects(); // what asking for the counter adds to it
            long before = selects();
            lifecycle.find(id);
            lifecycle.find(id);
            lifecycle.find(id);
            assertThat(selects() - before - asking).isEqualTo(1);

            String title = lifecycle.find(id).title();
            lifecycle.route(id, "KOMSCO", List.of("MOIS"), "coord-mois"); // writes the agencies, not the request
            jdbc.update("UPDATE cooperation_request SET title = ? WHERE id = ?", "Changed behind its back", id);
            assertThat(lifecycle.find(id).title()).as("still remembered").isEqualTo(title);

            lifecycle.moveTo(id, RequestStatus.ASSIGNING_EXPERTS); // reads it afresh to decide, then writes it
            assertThat(lifecycle.find(id)).extracting(CooperationRequest::status, CooperationRequest::title)
                    .containsExactly(RequestStatus.ASSIGNING_EXPERTS, "Changed behind its back");

            // a transaction of its own has a memo of its own (and its connection's counter)
            RequestStatus inner = ofItsOwn.execute(own -> lifecycle.find(id).status());
            assertThat(inner).isEqualTo(RequestStatus.SCREENING); // the outer change is not committed
            tx.setRollbackOnly();
        });

        assertThat(lifecycle.find(id).status()).as("rolled back, and read afresh").isEqualTo(RequestStatus.SCREENING);
    }

    @Test
    void aRepeatedSubmissionGivesItsReservedNumberBack() {
        Api partner = new Api(rest, "partner-kh");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Api.nationalIdRequest("Repeated " + UUID.randomUUID());
        ResponseEntity<Map<String, Object>> first = partner.submit(body, key);
        ResponseEntity<Map<String, Object>> again = partner.submit(body, key);
        ResponseEntity<Map<String, Object>> next = partner.submit(Api.nationalIdRequest("Next " + UUID.randomUUID()),
                UUID.randomUUID().toString());

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(again.getBody().get("reference")).isEqualTo(first.getBody().get("reference"));
        assertThat(number(next)).isEqualTo(number(first) + 1);
    }

    private Long submitted(String title) {
        ResponseEntity<Map<String, Object>> made = new Api(rest, "partner-kh").submit(Api.nationalIdRequest(title),
                UUID.randomUUID().toString());
        return ((Number) made.getBody().get("id")).longValue();
    }

    private static int number(ResponseEntity<Map<String, Object>> response) {
        return Integer.parseInt(((String) response.getBody().get("reference")).substring(8));
    }

    /** SELECTs run so far on the transaction's connection. */
    private long selects() {
        return jdbc.queryForObject("SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS"
                + " WHERE VARIABLE_NAME = 'COM_SELECT'", Long.class);
    }
}
