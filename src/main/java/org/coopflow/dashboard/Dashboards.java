package org.coopflow.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopflow.dashboard.Dashboard.AgencyRequests;
import org.coopflow.dashboard.Dashboard.AgencyTasks;
import org.coopflow.dashboard.Dashboard.MouYear;
import org.coopflow.dashboard.Dashboard.RequestCount;
import org.coopflow.dashboard.Dashboard.StageCycleTime;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.request.RequestStatus;
import org.coopflow.shared.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managers' dashboard: who may read it, and its figures. */
@Service
public class Dashboards {

    /** The stages reported: SUBMITTED lasts only as long as the submission's own transaction. */
    static final List<RequestStatus> STAGES = List.of(RequestStatus.SCREENING, RequestStatus.AWAITING_PARTNER,
            RequestStatus.ASSIGNING_EXPERTS, RequestStatus.CONSULTATION, RequestStatus.MOU_DRAFTING,
            RequestStatus.FOLLOW_UP);

    private static final double SECONDS_PER_DAY = 86_400.0;

    private final DashboardMapper mapper;
    private final DashboardRollups rollups;
    private final DashboardTaskRollups taskRollups;
    private final Clock clock;

    Dashboards(DashboardMapper mapper, DashboardRollups rollups, DashboardTaskRollups taskRollups, Clock clock) {
        this.mapper = mapper;
        this.rollups = rollups;
        this.taskRollups = taskRollups;
        this.clock = clock;
    }

    /** Dashboards are for managers only (PROCESS.md: MANAGER "reads dashboards"). */
    public static boolean mayRead(CurrentUser user) {
        return user.has(Role.MANAGER);
    }

    /**
     * One read-only transaction: every figure from the same connection, none half-way through a change. Without a
     * period (no filter, a sector, a country or both) the figures come from the roll-ups; a period is calendar days
     * in the reader's own time zone, which no day bucket of one fixed zone answers exactly, so it is answered by
     * the statements over the projections, as before the roll-ups (README, Dashboard).
     */
    @Transactional(readOnly = true)
    public Dashboard figures(CurrentUser user, DashboardFilter filter) {
        if (!mayRead(user)) {
            throw new ForbiddenException("dashboard.forbidden");
        }
        return hasPeriod(filter) ? fromStatements(filter) : fromRollups(filter);
    }

    static boolean hasPeriod(DashboardFilter filter) {
        return filter.createdFrom() != null || filter.createdTo() != null;
    }

    /**
     * The figures from the roll-ups (DashboardRollups): only for a filter without a period. The open tasks per agency
     * come from their roll-up (DashboardTaskRollups) without any filter; for a sector or a country from the task
     * list's read model, whose rows carry both (a few thousand rows at 100k open tasks, no roll-up per pair needed).
     */
    @Transactional(readOnly = true)
    Dashboard fromRollups(DashboardFilter filter) {
        if (hasPeriod(filter)) {
            throw new IllegalArgumentException("The roll-ups have no period: " + filter);
        }
        Instant now = clock.instant();
        List<String> reported = STAGES.stream().map(Enum::name).toList();
        return assemble(filter, now, rollups.countRequests(filter), rollups.countByAgency(filter),
                filter.matchesEverything() ? taskRollups.countByAgency(now) : mapper.countTasksByAgency(filter, now),
                cycleTimes(rollups.stageTotals(filter, reported), rollups.stageHistograms(filter, reported)),
                rollups.mousSignedPerYear(filter));
    }

    /** The figures from the statements over the projections and the requests (any filter). */
    @Transactional(readOnly = true)
    Dashboard fromStatements(DashboardFilter filter) {
        Instant now = clock.instant();
        return assemble(filter, now, mapper.countRequests(filter), mapper.countByAgency(filter),
                mapper.countTasksByAgency(filter, now), cycleTimes(filter), mapper.mousSignedPerYear(filter));
    }

    private Dashboard assemble(DashboardFilter filter, Instant now, List<RequestGroup> groups,
                               List<AgencyRequests> agencies, List<AgencyTasks> tasks,
                               List<StageCycleTime> cycleTimes, List<MouYear> mous) {
        List<RequestCount> byStatus = allStatuses(sum(groups, RequestGroup::status));
        return new Dashboard(filter, now, byStatus.stream().mapToLong(RequestCount::requests).sum(),
                mostFirst(sum(groups, RequestGroup::countryCode)), mostFirst(sum(groups, RequestGroup::sectorCode)),
                byStatus,
                agencies.stream()
                        .sorted(Comparator.comparingLong(AgencyRequests::total).reversed()
                                .thenComparing(AgencyRequests::agency)).toList(),
                tasks.stream()
                        .sorted(Comparator.comparingLong(AgencyTasks::overdueTasks).reversed()
                                .thenComparing(Comparator.comparingLong(AgencyTasks::openTasks).reversed())
                                .thenComparing(AgencyTasks::agency)).toList(),
                cycleTimes, mous);
    }

    /**
     * Cycle times from the roll-ups: the average from the stage's count and sum of seconds (exact), the median
     * from its histogram — the middle of the bucket holding the middle request (or the mean of the middle two's):
     * within half a bucket of the exact median (DurationBuckets).
     */
    private static List<StageCycleTime> cycleTimes(List<DashboardRollups.StageTotal> totals,
                                                   Map<String, List<DashboardRollups.StageBucket>> histograms) {
        Map<String, DashboardRollups.StageTotal> byStage = totals.stream()
                .collect(Collectors.toMap(DashboardRollups.StageTotal::stage, t -> t));
        return STAGES.stream().map(stage -> {
            DashboardRollups.StageTotal total = byStage.get(stage.name());
            if (total == null) {
                return new StageCycleTime(stage, 0, null, null);
            }
            StageMiddle middle = StageMiddle.of(stage.name(), total.requests());
            List<DashboardRollups.StageBucket> buckets = histograms.getOrDefault(stage.name(), List.of());
            Double low = bucketAt(buckets, middle.offset());
            Double high = bucketAt(buckets, middle.offset() + middle.rows() - 1);
            Double median = low == null || high == null ? null : days((low + high) / 2);
            return new StageCycleTime(stage, total.requests(), median,
                    days((double) total.seconds() / total.requests()));
        }).toList();
    }

    /**
     * The reported value (the bucket's middle) of the request at this position in seconds order; null if the
     * histogram holds fewer requests than the stage's total (rows changed by hand: the median is left out, not made up).
     */
    private static Double bucketAt(List<DashboardRollups.StageBucket> buckets, long position) {
        long seen = 0;
        for (DashboardRollups.StageBucket bucket : buckets) {
            seen += bucket.requests();
            if (position < seen) {
                return DurationBuckets.middle(bucket.bucket());
            }
        }
        return null;
    }

    /** The groups' requests added up per country, sector or status. */
    private static List<RequestCount> sum(List<RequestGroup> groups, Function<RequestGroup, String> code) {
        Map<String, Long> sums = groups.stream().collect(Collectors.groupingBy(code,
                Collectors.summingLong(RequestGroup::requests)));
        return sums.entrySet().stream().map(e -> new RequestCount(e.getKey(), e.getValue())).toList();
    }

    /** Every status in the order of the process, with zero where no request has it. */
    private static List<RequestCount> allStatuses(List<RequestCount> counted) {
        Map<String, Long> byCode = counted.stream().collect(Collectors.toMap(RequestCount::code,
                RequestCount::requests, Long::sum));
        return Arrays.stream(RequestStatus.values())
                .map(s -> new RequestCount(s.name(), byCode.getOrDefault(s.name(), 0L))).toList();
    }

    private static List<RequestCount> mostFirst(List<RequestCount> counts) {
        return counts.stream().sorted(Comparator.comparingLong(RequestCount::requests).reversed()
                .thenComparing(RequestCount::code)).toList();
    }

    /**
     * Every reported stage, in the order of the process, with nothing where no request has left it yet. The median
     * is the middle row of the stage's requests ordered by seconds, or the mean of the middle two: found by position
     * once the counts are known, so no statement orders or numbers all of a stage's rows.
     */
    private List<StageCycleTime> cycleTimes(DashboardFilter filter) {
        List<String> reported = STAGES.stream().map(Enum::name).toList();
        Map<String, StageSeconds> byStage = mapper.stageSeconds(filter, reported).stream()
                .collect(Collectors.toMap(StageSeconds::stage, s -> s));
        List<StageMiddle> middles = byStage.values().stream().filter(s -> s.requests() > 0)
                .map(s -> StageMiddle.of(s.stage(), s.requests())).toList();
        Map<String, Double> medians = middles.isEmpty() ? Map.of() : mapper.stageMiddles(filter, middles).stream()
                .collect(Collectors.groupingBy(StageMiddle.Row::stage,
                        Collectors.averagingLong(StageMiddle.Row::seconds)));
        return STAGES.stream().map(stage -> {
            StageSeconds seconds = byStage.get(stage.name());
            return seconds == null ? new StageCycleTime(stage, 0, null, null)
                    : new StageCycleTime(stage, seconds.requests(), days(medians.get(stage.name())),
                    days(seconds.averageSeconds()));
        }).toList();
    }

    /** Days to two decimals (about a quarter of an hour): finer than anyone reads a cycle time. */
    private static Double days(Double seconds) {
        return seconds == null ? null : Math.round(seconds / SECONDS_PER_DAY * 100) / 100.0;
    }
}
