package org.coopflow.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopflow.dashboard.Dashboard.AgencyRequests;
import org.coopflow.dashboard.Dashboard.AgencyTasks;
import org.coopflow.dashboard.Dashboard.MouYear;
import org.coopflow.dashboard.Dashboard.RequestCount;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.request.RequestStatus;
import org.coopflow.shared.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managers' dashboard: who may read it, and its figures. */
@Service
public class Dashboards {

    /** The step that records an MOU's signing (mouDrafting.bpmn); its form's date of signing dates the MOU. */
    static final String MOU_SIGNING_TASK = "recordMouSigning";
    static final String SIGNING_DATE_FIELD = "signingDate";

    /** Where an MOU without a readable date of signing is dated: the Korean side records the signing. */
    private static final ZoneId SIGNING_ZONE = ZoneId.of("Asia/Seoul");

    private final DashboardMapper mapper;
    private final ObjectMapper json;
    private final Clock clock;

    Dashboards(DashboardMapper mapper, ObjectMapper json, Clock clock) {
        this.mapper = mapper;
        this.json = json;
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
        List<RequestCount> byStatus = allStatuses(mapper.countByStatus(filter));
        StageTimes stageTimes = new StageTimes();
        mapper.streamStatusChanges(filter, stageTimes);
        return new Dashboard(filter, now, byStatus.stream().mapToLong(RequestCount::requests).sum(),
                mostFirst(mapper.countByCountry(filter)), mostFirst(mapper.countBySector(filter)), byStatus,
                mapper.countByAgency(filter).stream()
                        .sorted(Comparator.comparingLong(AgencyRequests::total).reversed()
                                .thenComparing(AgencyRequests::agency)).toList(),
                mapper.countTasksByAgency(filter, now).stream()
                        .sorted(Comparator.comparingLong(AgencyTasks::overdueTasks).reversed()
                                .thenComparing(Comparator.comparingLong(AgencyTasks::openTasks).reversed())
                                .thenComparing(AgencyTasks::agency)).toList(),
                stageTimes.result(), mousSignedPerYear(filter));
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

    /** One MOU per request (its latest signing record), counted in the year of its date of signing. */
    private List<MouYear> mousSignedPerYear(DashboardFilter filter) {
        Map<Long, MouSigning> latestPerRequest = new LinkedHashMap<>();
        for (MouSigning signing : mapper.findMouSignings(filter, MOU_SIGNING_TASK)) {
            latestPerRequest.put(signing.requestId(), signing);
        }
        Map<Integer, Long> perYear = latestPerRequest.values().stream()
                .collect(Collectors.groupingBy(this::yearSigned, TreeMap::new, Collectors.counting()));
        return perYear.entrySet().stream().map(e -> new MouYear(e.getKey(), e.getValue())).toList();
    }

    private int yearSigned(MouSigning signing) {
        try {
            String date = json.readTree(signing.valuesJson()).path(SIGNING_DATE_FIELD).asText("");
            if (date.length() >= 10) {
                return LocalDate.parse(date.substring(0, 10)).getYear();
            }
        } catch (JsonProcessingException | DateTimeParseException unreadable) {
            // an old or hand-edited record: fall back to when the signing was recorded
        }
        return signing.submittedAt().atZone(SIGNING_ZONE).getYear();
    }
}
