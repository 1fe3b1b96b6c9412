package org.coopflow.dashboard;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;
import org.coopflow.dashboard.Dashboard.AgencyRequests;
import org.coopflow.dashboard.Dashboard.AgencyTasks;
import org.coopflow.dashboard.Dashboard.RequestCount;

/**
 * Aggregates over the application's own tables (never the engine's). Portable SQL only — COUNT, CASE, UNION —
 * so the same statements run on H2 (MySQL mode), MariaDB and MySQL 8; dates are subtracted in Java.
 */
@Mapper
interface DashboardMapper {

    List<RequestCount> countByCountry(@Param("filter") DashboardFilter filter);

    List<RequestCount> countBySector(@Param("filter") DashboardFilter filter);

    List<RequestCount> countByStatus(@Param("filter") DashboardFilter filter);

    List<AgencyRequests> countByAgency(@Param("filter") DashboardFilter filter);

    List<AgencyTasks> countTasksByAgency(@Param("filter") DashboardFilter filter, @Param("now") Instant now);

    /** Every status change of the matching requests, by request and then in the order they happened. */
    void streamStatusChanges(@Param("filter") DashboardFilter filter, ResultHandler<StatusChange> handler);

    /** Every recorded MOU signing of the matching requests, by request, oldest first. */
    List<MouSigning> findMouSignings(@Param("filter") DashboardFilter filter, @Param("taskKey") String taskKey);
}
