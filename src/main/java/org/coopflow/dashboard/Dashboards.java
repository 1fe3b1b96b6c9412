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
    private final Clock clock;

    Dashboards(DashboardMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Dashboards are for managers only (PROCESS.md: MANAGER "reads dashboards"). */
    public static boolean mayRead(CurrentUser user) {
        return user.has(Role.MANAGER);
    }

    /** One read-only transaction: every figure from the same connection, none half-way through a change. */
    @Transactional(readOnly = true)
    public Dashboard figures(CurrentUser user, DashboardFilter filter) {
        if (!mayRead(user)) {
            throw new ForbiddenException("dashboard.forbidden");
        }
        Instant now = clock.instant();
        List<RequestGroup> groups = mapper.countRequests(filter);
        List<RequestCount> byStatus = allStatuses(sum(groups, RequestGroup::status));
        return new Dashboard(filter, now, byStatus.stream().mapToLong(RequestCount::requests).sum(),
                mostFirst(sum(groups, RequestGroup::countryCode)), mostFirst(sum(groups, RequestGroup::sectorCode)),
                byStatus,
                mapper.countByAgency(filter).stream()
                        .sorted(Comparator.comparingLong(AgencyRequests::total).reversed()
                                .thenComparing(AgencyRequests::agency)).toList(),
                mapper.countTasksByAgency(filter, now).stream()
                        .sorted(Comparator.comparingLong(AgencyTasks::overdueTasks).reversed()
                                .thenComparing(Comparator.comparingLong(AgencyTasks::openTasks).reversed())
                                .thenComparing(AgencyTasks::agency)).toList(),
                cycleTimes(filter), mapper.mousSignedPerYear(filter));
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
