package org.coopflow.dashboard;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.coopflow.mou.MouSigned;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestMapper;
import org.coopflow.request.RequestStatus;
import org.coopflow.request.RequestStatusChanged;
import org.coopflow.request.RequestSubmitted;
import org.coopflow.support.RequestRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import javax.sql.DataSource;

import static org.coopflow.request.RequestStatus.ASSIGNING_EXPERTS;
import static org.coopflow.request.RequestStatus.AWAITING_PARTNER;
import static org.coopflow.request.RequestStatus.COMPLETED;
import static org.coopflow.request.RequestStatus.CONSULTATION;
import static org.coopflow.request.RequestStatus.DECLINED;
import static org.coopflow.request.RequestStatus.FOLLOW_UP;
import static org.coopflow.request.RequestStatus.MOU_DRAFTING;
import static org.coopflow.request.RequestStatus.SCREENING;
import static org.coopflow.request.RequestStatus.WITHDRAWN;

/**
 * Requests driven through the business events the dashboard listens to (submission, status changes at chosen
 * instants, routing and re-routing, signings and corrected signings), as the product publishes them, for the
 * roll-up tests. Meant for @Transactional tests: everything is rolled back.
 */
final class RollupPopulation {

    /** The roll-up tables the V161 script fills (the buckets are reference data). */
    static final List<String> ROLLUPS = List.of("dashboard_request_count", "dashboard_agency_count",
            "dashboard_stage_total", "dashboard_stage_histogram", "dashboard_stage_histogram_all", "dashboard_mou_year");

    private static final List<String> SECTORS = List.of("NATIONAL_ID", "ELECTRONIC_CUSTOMS", "SMART_CITY");
    private static final String[][] PARTNERS = {{"KH-MOI", "KH"}, {"GT-MINGOB", "GT"}};

    private final RequestMapper requests;
    private final RequestLifecycle lifecycle;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    RollupPopulation(RequestMapper requests, RequestLifecycle lifecycle, ApplicationEventPublisher events,
                     JdbcTemplate jdbc, DataSource dataSource) {
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.events = events;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** The task roll-up's tables, which the V201 script fills from the task list's read model (V220: its slots). */
    static final List<String> TASK_ROLLUPS = List.of("dashboard_task_agency", "dashboard_task_count");

    /**
     * Empties the roll-ups and fills them again with the migrations' own scripts (V161 and V211, and V201 and V220 for the
     * tasks), in this transaction.
     */
    void rebuildFromMigration() {
        ROLLUPS.forEach(table -> jdbc.update("DELETE FROM " + table));
        run("db/migration/V161__dashboard_rollups_from_projections.sql");
        run("db/migration/V211__dashboard_agency_count_striped.sql");
        rebuildTasksFromMigration(jdbc, dataSource);
    }

    /** Empties the task roll-up and fills it again with its migrations' scripts (V201, then V220's slots). */
    static void rebuildTasksFromMigration(JdbcTemplate jdbc, DataSource dataSource) {
        TASK_ROLLUPS.forEach(table -> jdbc.update("DELETE FROM " + table));
        run(dataSource, "db/migration/V201__dashboard_task_rollup_from_read_model.sql");
        run(dataSource, "db/migration/V220__dashboard_task_slot_from_uuid_time.sql");
    }

    private void run(String script) {
        run(dataSource, script);
    }

    private static void run(DataSource dataSource, String script) {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A submitted request (status SUBMITTED), created at {@code at}. */
    Long submit(String partner, String country, String sector, Instant at) {
        Long id = RequestRows.insert(requests, partner, country, sector, "Roll-up test", at);
        RequestRows.assignReference(jdbc, id, "RU-" + id);
        events.publishEvent(new RequestSubmitted(id));
        return id;
    }

    /** The request moves to {@code to} at {@code at}, as RequestLifecycle moves it (with the instant chosen). */
    void move(Long id, RequestStatus to, Instant at) {
        RequestStatus from = lifecycle.find(id).status();
        requests.updateStatus(id, to, at);
        events.publishEvent(new RequestStatusChanged(id, from, to));
    }

    void route(Long id, String lead, String... supporting) {
        lifecycle.route(id, lead, List.of(supporting), null);
    }

    /** A signing recorded as the MOU stage records it, and its event. */
    void sign(Long id, LocalDate signedOn) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO mou_signing (request_id, version_no, signed_on, signatories, recorded_by, recorded_at)
                    VALUES (?, 1, ?, 'A; B', 'coord-mois', ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, id);
            ps.setObject(2, signedOn);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            return ps;
        }, key);
        events.publishEvent(new MouSigned(id, key.getKey().longValue()));
    }

    /**
     * A mixed population: every path of PROCESS.md's statuses — screening around clarifications (back and forth,
     * several times), declined and withdrawn early, through consultation, MOU and follow-up to completion — with
     * stays from minutes to months, routings replaced, and signings corrected into another year.
     */
    void mixed(Instant start, int count, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            String[] partner = PARTNERS[random.nextInt(PARTNERS.length)];
            String sector = SECTORS.get(random.nextInt(SECTORS.size()));
            Instant at = start.plus(Duration.ofHours(random.nextInt(24 * 365)));
            Long id = submit(partner[0], partner[1], sector, at);
            at = at.plusSeconds(random.nextInt(5));
            move(id, SCREENING, at);
            int clarifications = random.nextInt(3);
            for (int c = 0; c < clarifications; c++) {
                at = later(at, random);
                move(id, AWAITING_PARTNER, at);
                at = later(at, random);
                move(id, SCREENING, at);
            }
            at = later(at, random);
            int path = random.nextInt(10);
            if (path == 0) {
                move(id, DECLINED, at);
                continue;
            }
            if (path == 1) {
                continue; // still in screening
            }
            route(id, "MOIS", random.nextBoolean() ? new String[] {"KOMSCO"} : new String[0]);
            if (random.nextInt(4) == 0) {
                route(id, "NEC", "MOIS", "NIA"); // an official's override replaces the routing
            }
            move(id, ASSIGNING_EXPERTS, at);
            if (path == 2) {
                move(id, WITHDRAWN, later(at, random));
                continue;
            }
            for (RequestStatus next : List.of(CONSULTATION, MOU_DRAFTING, FOLLOW_UP, COMPLETED)) {
                if (random.nextInt(6) == 0) {
                    break;
                }
                at = later(at, random);
                move(id, next, at);
                if (next == FOLLOW_UP) {
                    sign(id, LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                    if (random.nextInt(3) == 0) {
                        sign(id, LocalDate.of(2020 + random.nextInt(6), 12, 31)); // corrected
                    }
                }
            }
        }
    }

    /** A stay of a few minutes to a few months, mostly days. */
    private static Instant later(Instant at, Random random) {
        return at.plusSeconds(switch (random.nextInt(4)) {
            case 0 -> 60 + random.nextInt(3_600);
            case 1 -> 3_600 + random.nextInt(86_400);
            default -> 86_400 + random.nextInt(90 * 86_400);
        });
    }
}
