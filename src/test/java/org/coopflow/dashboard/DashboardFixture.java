package org.coopflow.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.coopflow.request.RequestMapper;
import org.coopflow.request.RequestStatus;
import org.coopflow.support.RequestRows;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for the dashboard tests, all of requests submitted on one day of their own — a random day of the 1980s
 * and 1990s, long before any other test's requests — so that a period filter on that day sees only them.
 * Meant for @Transactional tests: everything is rolled back.
 */
final class DashboardFixture {

    static final Duration DAY = Duration.ofDays(1);

    /** The fixture's day (UTC), and the instant its requests are submitted: noon in Seoul, 03:00 UTC. */
    final LocalDate day;
    final Instant t0;

    private final RequestMapper requests;
    private final StageTimeProjection stageTimes;
    private final JdbcTemplate jdbc;

    DashboardFixture(RequestMapper requests, StageTimeProjection stageTimes, JdbcTemplate jdbc) {
        this.requests = requests;
        this.stageTimes = stageTimes;
        this.jdbc = jdbc;
        this.day = LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        this.t0 = day.atTime(3, 0).toInstant(ZoneOffset.UTC);
    }

    /** Only the fixture's requests: those submitted within an hour of {@link #t0}. */
    DashboardFilter onFixtureDay() {
        return new DashboardFilter(t0.minus(Duration.ofHours(1)), t0.plus(Duration.ofHours(1)), null, null);
    }

    Long request(String partner, String country, String sector, RequestStatus status, Instant createdAt) {
        Long id = RequestRows.insert(requests, partner, country, sector, "Dashboard test", createdAt);
        RequestRows.assignReference(jdbc, id, "DB-" + id);
        requests.updateStatus(id, status, createdAt);
        return id;
    }

    void agencies(Long requestId, String lead, String... supporting) {
        if (lead != null) {
            requests.insertAgency(requestId, lead, true);
        }
        for (String agency : supporting) {
            requests.insertAgency(requestId, agency, false);
        }
    }

    /** A status change as the dashboard's projection receives it, {@code after} the fixture's submission instant. */
    void statusChange(Long requestId, RequestStatus from, RequestStatus to, Duration after) {
        stageTimes.record(requestId, from, to, t0.plus(after));
    }

    /** An open task of the task list's read model, held by {@code assignee} or offered to {@code groups}. */
    String task(Long requestId, String assignee, Instant dueAt, String... groups) {
        String taskId = "dashboard-it-" + UUID.randomUUID();
        Timestamp created = Timestamp.from(t0);
        Timestamp due = dueAt == null ? null : Timestamp.from(dueAt);
        jdbc.update("""
                INSERT INTO task_view (task_id, request_id, process_instance_id, task_key, name, assignee, created_at,
                                       due_at, sort_due, reference, partner_org, country_code, sector_code, stage)
                SELECT ?, r.id, 'pi-dashboard-it', 'someStep', 'Some step', ?, ?, ?,
                       COALESCE(?, TIMESTAMP '9999-12-31 00:00:00'), r.reference, r.partner_org, r.country_code,
                       r.sector_code, r.status
                  FROM cooperation_request r WHERE r.id = ?""",
                taskId, assignee, created, due, due, requestId);
        for (String group : groups) {
            jdbc.update("""
                    INSERT INTO task_candidate (group_id, task_id, claimable, sort_due, created_at, group_count)
                    SELECT ?, t.task_id, CASE WHEN t.assignee IS NULL THEN TRUE ELSE FALSE END, t.sort_due,
                           t.created_at, ?
                      FROM task_view t WHERE t.task_id = ?""", group, groups.length, taskId);
        }
        return taskId;
    }

    /** A recorded MOU signing, as the MOU stage keeps it. */
    void mouSigning(Long requestId, LocalDate signedOn, Instant recordedAt) {
        jdbc.update("""
                INSERT INTO mou_signing (request_id, version_no, signed_on, signatories, recorded_by, recorded_at)
                VALUES (?, 1, ?, 'A; B', 'coord-mois', ?)""", requestId, signedOn, Timestamp.from(recordedAt));
    }
    /** The requests of {@link #scenario()}: four on the fixture's day, one three days later. */
    record Scenario(Long consultation, Long completed, Long screening, Long declined, Long later) {
    }

    /**
     * Four requests on the fixture's day and one later, with agencies, open tasks, status changes and MOU
     * signings whose figures the tests know by heart (see DashboardIT for the expected numbers).
     */
    Scenario scenario(Instant now) {
        Long consultation = request("KH-MOI", "KH", "NATIONAL_ID", RequestStatus.CONSULTATION, t0);
        Long completed = request("KH-MOI", "KH", "ELECTION_MANAGEMENT", RequestStatus.COMPLETED, t0);
        Long screening = request("GT-MINGOB", "GT", "NATIONAL_ID", RequestStatus.SCREENING, t0);
        Long declined = request("KH-MOI", "KH", "OTHER", RequestStatus.DECLINED, t0);
        Long later = request("KH-MOI", "KH", "NATIONAL_ID", RequestStatus.ASSIGNING_EXPERTS, t0.plus(DAY.multipliedBy(3)));

        agencies(consultation, "MOIS", "KOMSCO");
        agencies(completed, "NEC");
        agencies(screening, "MOIS");
        agencies(later, "MOIS");

        // offered to two MOIS groups (counts once for MOIS), overdue
        task(consultation, null, now.minus(DAY), "coordinator:MOIS", "expert:MOIS");
        // claimed by a KOMSCO coordinator, not yet due
        task(consultation, "coord-komsco", now.plus(DAY.multipliedBy(2)), "coordinator:KOMSCO");
        // waiting on the partner or on legal reviewers: no agency's backlog
        task(consultation, null, now.minus(DAY), "partner:KH-MOI");
        task(consultation, null, now.minus(DAY), "legal");
        // an expert's personal task without a due date
        task(screening, "expert-nec", null);
        // the intake desk is MOIS's
        task(screening, null, now.minus(Duration.ofHours(2)), "intake");
        // outside the fixture's day
        task(later, null, now.minus(DAY), "coordinator:NEC");

        statusChange(consultation, RequestStatus.SUBMITTED, RequestStatus.SCREENING, Duration.ZERO);
        statusChange(consultation, RequestStatus.SCREENING, RequestStatus.ASSIGNING_EXPERTS, DAY.multipliedBy(5));
        statusChange(consultation, RequestStatus.ASSIGNING_EXPERTS, RequestStatus.CONSULTATION, DAY.multipliedBy(6));

        statusChange(completed, RequestStatus.SUBMITTED, RequestStatus.SCREENING, Duration.ZERO);
        statusChange(completed, RequestStatus.SCREENING, RequestStatus.AWAITING_PARTNER, DAY);
        statusChange(completed, RequestStatus.AWAITING_PARTNER, RequestStatus.SCREENING, DAY.multipliedBy(3));
        statusChange(completed, RequestStatus.SCREENING, RequestStatus.ASSIGNING_EXPERTS, DAY.multipliedBy(4));
        statusChange(completed, RequestStatus.ASSIGNING_EXPERTS, RequestStatus.CONSULTATION, DAY.multipliedBy(6));
        statusChange(completed, RequestStatus.CONSULTATION, RequestStatus.COMPLETED, DAY.multipliedBy(16));

        statusChange(screening, RequestStatus.SUBMITTED, RequestStatus.SCREENING, Duration.ZERO);

        statusChange(declined, RequestStatus.SUBMITTED, RequestStatus.SCREENING, Duration.ZERO);
        statusChange(declined, RequestStatus.SCREENING, RequestStatus.DECLINED, Duration.ofHours(12));

        statusChange(later, RequestStatus.SUBMITTED, RequestStatus.SCREENING, DAY.multipliedBy(3));
        statusChange(later, RequestStatus.SCREENING, RequestStatus.ASSIGNING_EXPERTS, DAY.multipliedBy(100));

        // recorded twice (a correction): the latest record counts, once
        mouSigning(consultation, LocalDate.of(2025, 12, 30), t0.plus(DAY.multipliedBy(7)));
        mouSigning(consultation, LocalDate.of(2026, 1, 10), t0.plus(DAY.multipliedBy(8)));
        mouSigning(completed, LocalDate.of(2026, 3, 1), t0.plus(DAY.multipliedBy(12)));
        // signed on the fixture's own day
        mouSigning(declined, day, t0);
        mouSigning(later, LocalDate.of(2026, 2, 2), t0.plus(DAY.multipliedBy(30)));
        return new Scenario(consultation, completed, screening, declined, later);
    }
}
