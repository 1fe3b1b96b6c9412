package org.coopflow.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.coopflow.dashboard.Dashboard.AgencyRequests;
import org.coopflow.dashboard.Dashboard.AgencyTasks;
import org.coopflow.dashboard.Dashboard.RequestCount;
import org.coopflow.dashboard.Dashboard.StageCycleTime;
import org.coopflow.reference.ReferenceData;
import org.coopflow.reference.ReferenceData.Option;
import org.coopflow.request.RequestLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard as people read it, for the page and its CSV: codes named in the reader's language, and each
 * row's bar as a percentage of the largest value of its table.
 */
@Component
class DashboardTables {

    record Line(String code, String label, long value, int percent) {
    }

    record AgencyLine(String code, String label, long asLead, long asSupport, long total, int percent) {
    }

    record TaskLine(String code, String label, long openTasks, long overdueTasks, int percent) {
    }

    record StageLine(String code, String label, long requests, Double medianDays, Double averageDays, int percent) {
    }

    record Tables(Dashboard figures, List<Line> byCountry, List<Line> bySector, List<Line> byStatus,
                  List<AgencyLine> byAgency, List<TaskLine> tasksByAgency, List<StageLine> cycleTimes,
                  List<Line> mousSignedPerYear) {
    }

    private final RequestLabels labels;
    private final ReferenceData reference;
    private final MessageSource messages;

    DashboardTables(RequestLabels labels, ReferenceData reference, MessageSource messages) {
        this.labels = labels;
        this.reference = reference;
        this.messages = messages;
    }

    Tables of(Dashboard d, Locale locale) {
        // every agency's name from one query, not one per row of two tables
        Map<String, String> agencies = reference.agencies(locale).stream()
                .collect(Collectors.toMap(Option::code, Option::label, (a, b) -> a));
        Function<String, String> agency = code -> agencies.containsKey(code) ? agencies.get(code)
                : labels.agency(code);
        long maxCountry = max(d.byCountry(), RequestCount::requests);
        long maxSector = max(d.bySector(), RequestCount::requests);
        long maxStatus = max(d.byStatus(), RequestCount::requests);
        long maxAgency = max(d.byAgency(), AgencyRequests::total);
        // overdue work is what needs attention; an agency's open tasks are shown beside it
        long maxOverdue = max(d.tasksByAgency(), AgencyTasks::overdueTasks);
        double maxMedian = d.cycleTimes().stream().filter(s -> s.medianDays() != null)
                .mapToDouble(StageCycleTime::medianDays).max().orElse(0);
        long maxMous = max(d.mousSignedPerYear(), Dashboard.MouYear::signed);
        return new Tables(d,
                d.byCountry().stream().map(c -> new Line(c.code(), labels.country(c.code()), c.requests(),
                        percent(c.requests(), maxCountry))).toList(),
                d.bySector().stream().map(c -> new Line(c.code(), labels.sector(c.code()), c.requests(),
                        percent(c.requests(), maxSector))).toList(),
                d.byStatus().stream().map(c -> new Line(c.code(), status(c.code(), locale), c.requests(),
                        percent(c.requests(), maxStatus))).toList(),
                d.byAgency().stream().map(a -> new AgencyLine(a.agency(), agency.apply(a.agency()), a.asLead(),
                        a.asSupport(), a.total(), percent(a.total(), maxAgency))).toList(),
                d.tasksByAgency().stream().map(t -> new TaskLine(t.agency(), agency.apply(t.agency()),
                        t.openTasks(), t.overdueTasks(), percent(t.overdueTasks(), maxOverdue))).toList(),
                d.cycleTimes().stream().map(s -> new StageLine(s.stage().name(), status(s.stage().name(), locale),
                        s.requests(), s.medianDays(), s.averageDays(),
                        s.medianDays() == null || maxMedian == 0 ? 0
                                : (int) Math.round(s.medianDays() * 100 / maxMedian))).toList(),
                d.mousSignedPerYear().stream().map(y -> new Line(String.valueOf(y.year()), String.valueOf(y.year()),
                        y.signed(), percent(y.signed(), maxMous))).toList());
    }

    private String status(String code, Locale locale) {
        return messages.getMessage("status." + code, null, code, locale);
    }

    private static <T> long max(List<T> rows, ToLongFunction<T> value) {
        return rows.stream().mapToLong(value).max().orElse(0);
    }

    private static int percent(long value, long max) {
        return max == 0 ? 0 : (int) Math.round(value * 100.0 / max);
    }
}
