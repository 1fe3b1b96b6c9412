package org.coopflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.coopflow.dashboard.Dashboard.AgencyRequests;
import org.coopflow.dashboard.Dashboard.MouYear;
import org.coopflow.dashboard.Dashboard.RequestCount;
import org.coopflow.dashboard.Dashboard.StageCycleTime;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestMapper;
import org.coopflow.request.RequestStatus;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's roll-ups on MariaDB: what each business event does to them, that the migration's backfill (V161)
 * yields exactly what the live maintenance wrote, and that their answers equal the statements over the projections
 * (counts and sums exactly, medians within a bucket). Each test first rebuilds the roll-ups from the migration's
 * script, so the other tests' rows (written without events) count the same on both sides. Rolled back.
 */
@Transactional
class DashboardRollupsIT extends MariaDbIntegrationTest {

    private static final DashboardFilter CAMBODIA_NATIONAL_ID = new DashboardFilter(null, null, "NATIONAL_ID", "KH");

    @Autowired
    Dashboards dashboards;

    @Autowired
    RequestMapper requests;

    @Autowired
    RequestLifecycle lifecycle;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    org.coopflow.identity.CoopFlowUserDetailsService users;

    private RollupPopulation population;

    @BeforeEach
    void rebuild() {
        population = new RollupPopulation(requests, lifecycle, events, jdbc, dataSource);
        population.rebuildFromMigration();
    }

    @Test
    void theBucketTableHoldsTheBoundsTheCodeUses() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT bucket, lower_seconds, upper_seconds FROM dashboard_duration_bucket ORDER BY bucket");
        assertThat(rows).hasSize(DurationBuckets.count());
        for (Map<String, Object> row : rows) {
            int bucket = ((Number) row.get("bucket")).intValue();
            assertThat(((Number) row.get("lower_seconds")).longValue()).as("lower %d", bucket)
                    .isEqualTo(DurationBuckets.lower(bucket));
            assertThat(((Number) row.get("upper_seconds")).longValue()).as("upper %d", bucket)
                    .isEqualTo(DurationBuckets.upper(bucket));
        }
    }

    @Test
    void aSubmissionAndEachStatusChangeMoveTheRequestCounts() {
        Dashboard before = dashboards.fromRollups(CAMBODIA_NATIONAL_ID);
        Long id = population.submit("KH-MOI", "KH", "NATIONAL_ID", Instant.parse("2024-03-04T05:00:00Z"));
        assertThat(status(dashboards.fromRollups(CAMBODIA_NATIONAL_ID), "SUBMITTED"))
                .isEqualTo(status(before, "SUBMITTED") + 1);

        population.move(id, RequestStatus.SCREENING, Instant.parse("2024-03-04T05:00:01Z"));
        population.move(id, RequestStatus.AWAITING_PARTNER, Instant.parse("2024-03-05T05:00:01Z"));
        population.move(id, RequestStatus.SCREENING, Instant.parse("2024-03-06T05:00:01Z"));

        Dashboard after = dashboards.fromRollups(CAMBODIA_NATIONAL_ID);
        assertThat(status(after, "SUBMITTED")).isEqualTo(status(before, "SUBMITTED"));
        assertThat(status(after, "SCREENING")).isEqualTo(status(before, "SCREENING") + 1);
        assertThat(status(after, "AWAITING_PARTNER")).isEqualTo(status(before, "AWAITING_PARTNER"));
        assertThat(after.requests()).isEqualTo(before.requests() + 1);
    }

    @Test
    void aStageLeftTwiceCountsOnceWithTheSumOfItsStays() {
        Long id = population.submit("GT-MINGOB", "GT", "SMART_CITY", Instant.parse("2024-03-04T05:00:00Z"));
        Map<String, Long> before = stageTotal("SCREENING", "SMART_CITY", "GT");

        population.move(id, RequestStatus.SCREENING, Instant.parse("2024-03-04T05:00:00Z"));
        population.move(id, RequestStatus.AWAITING_PARTNER, Instant.parse("2024-03-06T05:00:00Z"));
        Map<String, Long> once = stageTotal("SCREENING", "SMART_CITY", "GT");
        assertThat(once.get("requests")).isEqualTo(before.get("requests") + 1);
        assertThat(once.get("seconds")).isEqualTo(before.get("seconds") + 2 * 86_400);
        assertThat(histogram("SCREENING", DurationBuckets.of(2 * 86_400), "SMART_CITY", "GT")).isPositive();

        population.move(id, RequestStatus.SCREENING, Instant.parse("2024-03-10T05:00:00Z"));
        population.move(id, RequestStatus.ASSIGNING_EXPERTS, Instant.parse("2024-03-11T05:00:00Z"));
        Map<String, Long> twice = stageTotal("SCREENING", "SMART_CITY", "GT");
        assertThat(twice.get("requests")).isEqualTo(before.get("requests") + 1);
        assertThat(twice.get("seconds")).isEqualTo(before.get("seconds") + 3 * 86_400);
        // the request moved from the two-day bucket to the three-day one
        long twoDays = histogram("SCREENING", DurationBuckets.of(2 * 86_400), "SMART_CITY", "GT");
        long threeDays = histogram("SCREENING", DurationBuckets.of(3 * 86_400), "SMART_CITY", "GT");
        population.rebuildFromMigration();
        assertThat(histogram("SCREENING", DurationBuckets.of(2 * 86_400), "SMART_CITY", "GT")).isEqualTo(twoDays);
        assertThat(histogram("SCREENING", DurationBuckets.of(3 * 86_400), "SMART_CITY", "GT")).isEqualTo(threeDays);
        // the time awaiting the partner counts in its own stage; SUBMITTED is not reported, so not rolled up
        assertThat(stageTotal("AWAITING_PARTNER", "SMART_CITY", "GT").get("requests")).isPositive();
        assertThat(stageTotal("SUBMITTED", "SMART_CITY", "GT").get("requests")).isZero();
    }

    @Test
    void aRoutingCountsItsAgenciesAndAReroutingMovesThem() {
        Long id = population.submit("KH-MOI", "KH", "NATIONAL_ID", Instant.parse("2024-03-04T05:00:00Z"));
        Map<String, AgencyRequests> before = agencies(dashboards.fromRollups(CAMBODIA_NATIONAL_ID));

        population.route(id, "MOIS", "KOMSCO");
        Map<String, AgencyRequests> routed = agencies(dashboards.fromRollups(CAMBODIA_NATIONAL_ID));
        assertThat(lead(routed, "MOIS")).isEqualTo(lead(before, "MOIS") + 1);
        assertThat(support(routed, "KOMSCO")).isEqualTo(support(before, "KOMSCO") + 1);

        population.route(id, "KOMSCO", "MOIS");
        Map<String, AgencyRequests> rerouted = agencies(dashboards.fromRollups(CAMBODIA_NATIONAL_ID));
        assertThat(lead(rerouted, "MOIS")).isEqualTo(lead(before, "MOIS"));
        assertThat(support(rerouted, "MOIS")).isEqualTo(support(before, "MOIS") + 1);
        assertThat(lead(rerouted, "KOMSCO")).isEqualTo(lead(before, "KOMSCO") + 1);
        assertThat(support(rerouted, "KOMSCO")).isEqualTo(support(before, "KOMSCO"));

        // in the request's own slot: concurrent submissions routed alike mostly touch different rows
        assertThat(jdbc.queryForList("SELECT DISTINCT slot FROM dashboard_agency_count WHERE agency_code = 'KOMSCO'"
                + " AND as_lead = TRUE AND sector_code = 'NATIONAL_ID' AND country_code = 'KH' AND requests > 0",
                Integer.class)).contains((int) (id % DashboardRollups.SLOTS));
    }

    @Test
    void aSigningCountsInItsYearAndACorrectionMovesIt() {
        Long id = population.submit("KH-MOI", "KH", "NATIONAL_ID", Instant.parse("2024-03-04T05:00:00Z"));
        Map<Integer, Long> before = mous(dashboards.fromRollups(CAMBODIA_NATIONAL_ID));

        population.sign(id, LocalDate.of(2019, 12, 30));
        Map<Integer, Long> signed = mous(dashboards.fromRollups(CAMBODIA_NATIONAL_ID));
        assertThat(signed.getOrDefault(2019, 0L)).isEqualTo(before.getOrDefault(2019, 0L) + 1);

        population.sign(id, LocalDate.of(2020, 1, 2));
        Map<Integer, Long> corrected = mous(dashboards.fromRollups(CAMBODIA_NATIONAL_ID));
        assertThat(corrected.getOrDefault(2019, 0L)).isEqualTo(before.getOrDefault(2019, 0L));
        assertThat(corrected.getOrDefault(2020, 0L)).isEqualTo(before.getOrDefault(2020, 0L) + 1);
    }

    @Test
    void theMigrationsBackfillEqualsTheLiveMaintenance() {
        population.mixed(Instant.parse("2023-01-01T00:00:00Z"), 150, 9);
        Map<String, List<Map<String, Object>>> live = rollupRows();

        population.rebuildFromMigration();

        assertThat(rollupRows()).isEqualTo(live);
    }

    @Test
    void theRollupsAnswerWhatTheStatementsAnswer() {
        population.mixed(Instant.parse("2023-01-01T00:00:00Z"), 150, 11);
        for (DashboardFilter filter : List.of(DashboardFilter.none(), new DashboardFilter(null, null, "SMART_CITY", null),
                new DashboardFilter(null, null, null, "GT"), CAMBODIA_NATIONAL_ID,
                new DashboardFilter(null, null, "PUBLIC_HEALTH", "CR"))) {
            Dashboard rollups = dashboards.fromRollups(filter);
            Dashboard statements = dashboards.fromStatements(filter);
            assertThat(rollups.requests()).as("requests %s", filter).isEqualTo(statements.requests());
            assertThat(rollups.byCountry()).as("by country %s", filter).isEqualTo(statements.byCountry());
            assertThat(rollups.bySector()).as("by sector %s", filter).isEqualTo(statements.bySector());
            assertThat(rollups.byStatus()).as("by status %s", filter).isEqualTo(statements.byStatus());
            assertThat(rollups.byAgency()).as("by agency %s", filter).isEqualTo(statements.byAgency());
            assertThat(rollups.tasksByAgency()).as("tasks %s", filter).isEqualTo(statements.tasksByAgency());
            assertThat(rollups.mousSignedPerYear()).as("MOUs %s", filter).isEqualTo(statements.mousSignedPerYear());
            for (int i = 0; i < Dashboards.STAGES.size(); i++) {
                StageCycleTime r = rollups.cycleTimes().get(i);
                StageCycleTime s = statements.cycleTimes().get(i);
                assertThat(r.stage()).isEqualTo(s.stage());
                assertThat(r.requests()).as("%s %s", s.stage(), filter).isEqualTo(s.requests());
                assertThat(r.averageDays()).as("average %s %s", s.stage(), filter).isEqualTo(s.averageDays());
                if (s.medianDays() == null) {
                    assertThat(r.medianDays()).isNull();
                } else {
                    // half a bucket (2.5%, at least 30 s), and the rounding of both to hundredths of a day
                    double precision = Math.max(30 / 86_400.0, 0.025 * s.medianDays()) + 0.01;
                    assertThat(r.medianDays()).as("median %s %s", s.stage(), filter)
                            .isCloseTo(s.medianDays(), within(precision));
                }
            }
        }
        // the sums behind the averages, to the second
        assertThat(sums("""
                SELECT stage, SUM(requests) AS requests, SUM(seconds) AS seconds FROM dashboard_stage_total
                 GROUP BY stage ORDER BY stage""")).isEqualTo(sums("""
                SELECT stage, COUNT(*) AS requests, SUM(seconds) AS seconds FROM stage_time
                 WHERE stage IN ('SCREENING', 'AWAITING_PARTNER', 'ASSIGNING_EXPERTS', 'CONSULTATION', 'MOU_DRAFTING',
                                 'FOLLOW_UP')
                 GROUP BY stage ORDER BY stage"""));
    }

    @Test
    void anUnfilteredDashboardReadsTheRollupsAndAPeriodTheStatements() {
        Long id = population.submit("KH-MOI", "KH", "NATIONAL_ID", Instant.parse("1979-06-01T03:00:00Z"));
        // the request row alone, without its roll-up: only the statements see it
        jdbc.update("UPDATE dashboard_request_count SET requests = requests - 1 WHERE sector_code = 'NATIONAL_ID'"
                + " AND country_code = 'KH' AND status = 'SUBMITTED' AND slot = ?", id % DashboardRollups.SLOTS);
        var manager = users.currentUserOf("manager");
        Dashboard unfiltered = dashboards.figures(manager, CAMBODIA_NATIONAL_ID);
        Dashboard period = dashboards.figures(manager, new DashboardFilter(Instant.parse("1979-06-01T00:00:00Z"),
                Instant.parse("1979-06-02T00:00:00Z"), "NATIONAL_ID", "KH"));

        assertThat(unfiltered.requests()).isEqualTo(dashboards.fromStatements(CAMBODIA_NATIONAL_ID).requests() - 1);
        assertThat(period.requests()).isEqualTo(1);
    }

    /** stage, requests and seconds as text: SUM's type differs between the two tables' columns. */
    private List<String> sums(String sql) {
        return jdbc.query(sql, (rs, n) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3));
    }

    private static long status(Dashboard d, String status) {
        return d.byStatus().stream().filter(c -> c.code().equals(status)).mapToLong(RequestCount::requests).sum();
    }

    private static Map<String, AgencyRequests> agencies(Dashboard d) {
        return d.byAgency().stream().collect(Collectors.toMap(AgencyRequests::agency, a -> a));
    }

    private static long lead(Map<String, AgencyRequests> agencies, String agency) {
        return agencies.containsKey(agency) ? agencies.get(agency).asLead() : 0;
    }

    private static long support(Map<String, AgencyRequests> agencies, String agency) {
        return agencies.containsKey(agency) ? agencies.get(agency).asSupport() : 0;
    }

    private static Map<Integer, Long> mous(Dashboard d) {
        return d.mousSignedPerYear().stream().collect(Collectors.toMap(MouYear::year, MouYear::signed));
    }

    private Map<String, Long> stageTotal(String stage, String sector, String country) {
        return jdbc.queryForMap("""
                SELECT COALESCE(SUM(requests), 0) AS requests, COALESCE(SUM(seconds), 0) AS seconds
                  FROM dashboard_stage_total WHERE stage = ? AND sector_code = ? AND country_code = ?""",
                stage, sector, country).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).longValue()));
    }

    private long histogram(String stage, int bucket, String sector, String country) {
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(requests), 0) FROM dashboard_stage_histogram
                 WHERE stage = ? AND bucket = ? AND sector_code = ? AND country_code = ?""",
                Long.class, stage, bucket, sector, country);
    }

    /** Every roll-up row that counts something, in key order (the live maintenance may leave rows at zero). */
    private Map<String, List<Map<String, Object>>> rollupRows() {
        Map<String, String> keys = Map.of("dashboard_request_count", "sector_code, country_code, status, slot",
                "dashboard_agency_count", "agency_code, as_lead, sector_code, country_code, slot",
                "dashboard_stage_total", "stage, sector_code, country_code",
                "dashboard_stage_histogram", "stage, bucket, sector_code, country_code",
                "dashboard_stage_histogram_all", "stage, bucket",
                "dashboard_mou_year", "signing_year, sector_code, country_code");
        Map<String, String> counts = Map.of("dashboard_request_count", "requests", "dashboard_agency_count",
                "requests", "dashboard_stage_total", "requests", "dashboard_stage_histogram", "requests",
                "dashboard_stage_histogram_all", "requests",
                "dashboard_mou_year", "mous");
        return RollupPopulation.ROLLUPS.stream().collect(Collectors.toMap(t -> t, t -> jdbc.queryForList(
                "SELECT * FROM " + t + " WHERE " + counts.get(t) + " <> 0 ORDER BY " + keys.get(t))));
    }
}
