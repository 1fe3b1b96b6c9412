package org.coopflow.screening;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.shared.GeneratedId;

@Mapper
interface ScreeningMapper {

    void insertDecision(@Param("row") GeneratedId row, @Param("requestId") Long requestId, @Param("taskId") String taskId,
                        @Param("decision") String decision, @Param("reason") String reason,
                        @Param("decidedBy") String decidedBy, @Param("decidedAt") Instant decidedAt);

    ScreeningDecision findDecision(@Param("id") Long id);

    List<ScreeningDecision> findDecisions(@Param("requestId") Long requestId);

    int lastRound(@Param("requestId") Long requestId);

    void insertClarification(@Param("row") GeneratedId row, @Param("requestId") Long requestId,
                             @Param("roundNo") int roundNo, @Param("question") String question,
                             @Param("askedBy") String askedBy, @Param("askedAt") Instant askedAt);

    Clarification findClarification(@Param("id") Long id);

    Clarification findOpenClarification(@Param("requestId") Long requestId);

    List<Clarification> findClarifications(@Param("requestId") Long requestId);

    int answer(@Param("id") Long id, @Param("answer") String answer, @Param("answeredBy") String answeredBy,
               @Param("answeredAt") Instant answeredAt);

    int close(@Param("id") Long id, @Param("outcome") String outcome);
}
