package org.coopflow.assignment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.reference.ExpertWorkload;
import org.coopflow.shared.GeneratedId;

@Mapper
interface AssignmentMapper {

    List<ExpertCandidate> findCandidates(@Param("agencyCode") String agencyCode, @Param("sectorCode") String sectorCode,
                                         @Param("closed") List<String> closedStatuses);

    List<ExpertWorkload.Work> findOpenAssignments(@Param("usernames") Collection<String> usernames,
                                                  @Param("closed") List<String> closedStatuses);

    int latestRound(@Param("requestId") Long requestId, @Param("agencyCode") String agencyCode);

    void insert(@Param("requestId") Long requestId, @Param("agencyCode") String agencyCode,
                @Param("expert") String expert, @Param("nominatedBy") String nominatedBy, @Param("now") Instant now,
                @Param("roundNo") int roundNo);

    void insertRound(@Param("requestId") Long requestId, @Param("agencyCode") String agencyCode,
                     @Param("roundNo") int roundNo, @Param("note") String note,
                     @Param("nominatedBy") String nominatedBy, @Param("now") Instant now);

    NominationRound findNominationRound(@Param("requestId") Long requestId, @Param("agencyCode") String agencyCode,
                                        @Param("roundNo") int roundNo);

    List<NominationRound> findNominationRounds(@Param("requestId") Long requestId);

    ExpertAssignment findById(@Param("id") Long id);

    List<ExpertAssignment> findByRequest(@Param("requestId") Long requestId);

    List<ExpertAssignment> findRound(@Param("requestId") Long requestId, @Param("agencyCode") String agencyCode,
                                     @Param("roundNo") int roundNo);

    int respond(@Param("id") Long id, @Param("status") AssignmentStatus status, @Param("reason") String reason,
                @Param("now") Instant now);

    void markLead(@Param("requestId") Long requestId, @Param("expert") String expert);

    void insertTeamDecision(@Param("row") GeneratedId row, @Param("requestId") Long requestId,
                            @Param("taskId") String taskId, @Param("decision") String decision,
                            @Param("leadExpert") String leadExpert, @Param("note") String note,
                            @Param("decidedBy") String decidedBy, @Param("now") Instant now);

    TeamDecision findTeamDecision(@Param("id") Long id);

    List<TeamDecision> findTeamDecisions(@Param("requestId") Long requestId);
}
