package org.coopflow.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coopflow.audit.Timeline;
import org.coopflow.audit.TimelineLine;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With an audit retention period, the audit of a request closed longer ago than the period is removed, and its
 * timeline says so in one line; open requests and requests closed recently keep theirs; a run is recorded and shown
 * to administrators; a second run removes nothing more.
 */
class AuditRetentionIT extends MariaDbIntegrationTest {

    /** Ten years ago: long before anything any other test writes. */
    private static final Instant LONG_AGO = Instant.now().minus(3650, ChronoUnit.DAYS);

    @Autowired
    TestRestTemplate rest;

    @Autowired
    AuditRetention retention;

    @Autowired
    Timeline timeline;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Test
    void theAuditOfRequestsClosedBeforeThePeriodIsRemovedAndTheirTimelineSaysSo() throws Exception {
        Cast cast = Cast.of(rest);
        Journey closedLongAgo = declined(cast);
        Journey closedRecently = declined(cast);
        Journey openLongAgo = Journeys.submitted(cast);
        int entriesBefore = entriesOf(closedLongAgo);
        List<String> recentLines = lines(closedRecently);
        List<String> openLines = lines(openLongAgo);
        age(closedLongAgo);
        age(openLongAgo);

        AuditRetention.Run run = retention.purge(LONG_AGO.plus(1, ChronoUnit.DAYS));

        assertThat(run.requests()).isEqualTo(1);
        assertThat(run.entries()).isEqualTo(entriesBefore).isGreaterThanOrEqualTo(4);
        assertThat(lines(closedLongAgo)).singleElement().asString()
                .startsWith(entriesBefore + " earlier entries of this record, up to ")
                .endsWith("were removed at the end of the audit retention period.");
        assertThat(lines(closedRecently)).isEqualTo(recentLines);
        assertThat(lines(openLongAgo)).isEqualTo(openLines);

        AuditRetention.Run again = retention.purge(LONG_AGO.plus(1, ChronoUnit.DAYS));
        assertThat(again.requests()).isZero();
        assertThat(lines(closedLongAgo)).hasSize(1);

        String page = mvc.perform(get("/admin/retention").with(new Pages(users).as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"audit-runs\"", "Entries removed", "<td class=\"number\">" + entriesBefore + "<");
    }

    private Journey declined(Cast cast) {
        Journey journey = Journeys.submitted(cast);
        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "DECLINE",
                "screeningReason", "Outside the programme."));
        assertThat(cast.partner().status(journey.id())).isEqualTo("DECLINED");
        return journey;
    }

    /** As if everything about this request had happened ten years ago. */
    private void age(Journey journey) {
        Timestamp then = Timestamp.from(LONG_AGO);
        jdbc.update("UPDATE cooperation_request SET updated_at = ? WHERE id = ?", then, journey.id());
        jdbc.update("UPDATE audit_entry SET occurred_at = ? WHERE request_id = ?", then, journey.id());
    }

    private int entriesOf(Journey journey) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE request_id = ?", Integer.class,
                journey.id());
    }

    private List<String> lines(Journey journey) {
        return timeline.of(journey.id(), null, Locale.ENGLISH).stream().map(TimelineLine::what).toList();
    }
}
