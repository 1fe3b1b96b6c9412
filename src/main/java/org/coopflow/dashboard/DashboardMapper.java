package org.coopflow.dashboard;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.dashboard.Dashboard.AgencyRequests;
import org.coopflow.dashboard.Dashboard.AgencyTasks;
import org.coopflow.dashboard.Dashboard.MouYear;

/**
 * Aggregates over the application's own tables (never the engine's): one statement per figure, two for the cycle
 * times (counts, then the middle rows), one for the three request counts. Portable SQL only — COUNT, CASE, UNION ALL,
 * LIMIT/OFFSET — so the same statements run on H2 (MySQL mode), MariaDB and MySQL 8.
 */
@Mapper
interface DashboardMapper {

    /** Requests per sector, country and status (the counts by country, sector and status add these up). */
    List<RequestGroup> countRequests(@Param("filter") DashboardFilter filter);

    List<AgencyRequests> countByAgency(@Param("filter") DashboardFilter filter);

    List<AgencyTasks> countTasksByAgency(@Param("filter") DashboardFilter filter, @Param("now") Instant now);

    /** Per stage: requests that left it and the average seconds spent there (sum of a request's stays). */
    List<StageSeconds> stageSeconds(@Param("filter") DashboardFilter filter, @Param("stages") List<String> stages);

    /** The seconds of the rows at each stage's middle position ({@link StageMiddle#of}), in seconds order. */
    List<StageMiddle.Row> stageMiddles(@Param("filter") DashboardFilter filter, @Param("middles") List<StageMiddle> middles);

    /** MOUs signed per calendar year of signing (a request's latest signing). */
    List<MouYear> mousSignedPerYear(@Param("filter") DashboardFilter filter);

    /** The request's seconds in the stage so far; null when it never left it before. */
    Long stageSecondsOf(@Param("requestId") Long requestId, @Param("stage") String stage);

    Instant lastChangeAt(@Param("requestId") Long requestId);

    void insertStatusChange(@Param("requestId") Long requestId, @Param("from") String from, @Param("to") String to,
                            @Param("at") Instant at);

    int addStageTime(@Param("requestId") Long requestId, @Param("stage") String stage, @Param("seconds") long seconds);

    void insertStageTime(@Param("requestId") Long requestId, @Param("stage") String stage,
                         @Param("seconds") long seconds, @Param("sectorCode") String sectorCode,
                         @Param("countryCode") String countryCode, @Param("requestCreatedAt") Instant requestCreatedAt);
}
