package org.coopflow.dashboard;

import java.time.Instant;
import java.util.List;

import org.coopflow.request.RequestStatus;

/**
 * The managers' figures over the requests a {@link DashboardFilter} selects (PROCESS.md, Audit: requests by
 * country, sector, agency and status; cycle time per stage; overdue tasks per agency; MOUs signed per year).
 *
 * @param asOf     the moment "overdue" was measured against
 * @param requests how many requests matched
 */
public record Dashboard(DashboardFilter filter, Instant asOf, long requests, List<RequestCount> byCountry,
                        List<RequestCount> bySector, List<RequestCount> byStatus, List<AgencyRequests> byAgency,
                        List<AgencyTasks> tasksByAgency, List<StageCycleTime> cycleTimes,
                        List<MouYear> mousSignedPerYear) {

    /** Requests with one country code, sector code or status. */
    public record RequestCount(String code, long requests) {
    }

    /** Requests an agency leads or supports (a request counts once for each agency involved). */
    public record AgencyRequests(String agency, long asLead, long asSupport, long total) {
    }

    /** Open tasks an agency's people hold or may claim, and how many of those are past their due date. */
    public record AgencyTasks(String agency, long openTasks, long overdueTasks) {
    }

    /**
     * Days spent in one stage by the requests that left it (a request that went through a stage twice, such
     * as screening around a clarification, counts once with the sum of its stays).
     */
    public record StageCycleTime(RequestStatus stage, long requests, Double medianDays, Double averageDays) {
    }

    /** MOUs signed in a calendar year (the date of signing the coordinator recorded). */
    public record MouYear(int year, long signed) {
    }
}
