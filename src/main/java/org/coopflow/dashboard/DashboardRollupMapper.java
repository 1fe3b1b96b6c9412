package org.coopflow.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.dashboard.Dashboard.AgencyRequests;
import org.coopflow.dashboard.Dashboard.MouYear;
import org.coopflow.dashboard.DashboardRollups.StageBucket;
import org.coopflow.dashboard.DashboardRollups.StageTotal;

/**
 * The roll-up tables (V160): increments, and the figures added up over them for a filter without a period (sector
 * and country only). Groups whose count went back to zero are left out, as the projections' statements never see them.
 */
@Mapper
interface DashboardRollupMapper {

    void addRequests(@Param("sector") String sector, @Param("country") String country,
                     @Param("status") String status, @Param("slot") int slot, @Param("delta") long delta);

    void addAgencyRequests(@Param("agency") String agency, @Param("lead") boolean lead,
                           @Param("sector") String sector, @Param("country") String country,
                           @Param("slot") int slot, @Param("delta") long delta);

    void addStageTotal(@Param("stage") String stage, @Param("sector") String sector, @Param("country") String country,
                       @Param("requests") long requests, @Param("seconds") long seconds);

    void addStageBucket(@Param("stage") String stage, @Param("bucket") int bucket, @Param("sector") String sector,
                        @Param("country") String country, @Param("delta") long delta);

    void addStageBucketOfAll(@Param("stage") String stage, @Param("bucket") int bucket, @Param("delta") long delta);

    void addMous(@Param("year") int year, @Param("sector") String sector, @Param("country") String country,
                 @Param("delta") long delta);

    /** The date of the request's latest signing recorded before this one; null when this is its first. */
    LocalDate signedOnBefore(@Param("requestId") Long requestId, @Param("signingId") Long signingId);

    LocalDate signedOn(@Param("signingId") Long signingId);

    List<RequestGroup> countRequests(@Param("filter") DashboardFilter filter);

    List<AgencyRequests> countByAgency(@Param("filter") DashboardFilter filter);

    List<StageTotal> stageTotals(@Param("filter") DashboardFilter filter, @Param("stages") List<String> stages);

    List<StageBucket> stageHistogram(@Param("filter") DashboardFilter filter, @Param("stages") List<String> stages);

    List<MouYear> mousSignedPerYear(@Param("filter") DashboardFilter filter);
}
