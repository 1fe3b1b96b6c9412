package org.coopflow.assignment;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AssignmentMapper {

    List<ExpertCandidate> findCandidates(@Param("agencyCode") String agencyCode, @Param("sectorCode") String sectorCode);

    int latestRound(@Param("requestId") Long requestId, @Param("agencyCode") String agencyCode);

    void insert(@Param("requestId") Long requestId, @Param("agencyCode") String agencyCode,
                @Param("expert") String expert, @Param("nominatedBy") String nominatedBy, @Param("now") Instant now,
                @Param("roundNo") int roundNo);

    List<ExpertAssignment> findByRequest(@Param("requestId") Long requestId);

    List<ExpertAssignment> findRound(@Param("requestId") Long requestId, @Param("agencyCode") String agencyCode,
                                     @Param("roundNo") int roundNo);

    void respond(@Param("requestId") Long requestId, @Param("agencyCode") String agencyCode,
                 @Param("expert") String expert, @Param("status") AssignmentStatus status,
                 @Param("reason") String reason, @Param("now") Instant now);

    void noteReason(@Param("requestId") Long requestId, @Param("agencyCode") String agencyCode,
                    @Param("expert") String expert, @Param("reason") String reason);

    void markLead(@Param("requestId") Long requestId, @Param("expert") String expert);
}
