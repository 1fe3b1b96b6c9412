package org.coopflow.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.shared.GeneratedId;

@Mapper
interface FollowUpMapper {

    void insertAction(@Param("row") GeneratedId row, @Param("requestId") Long requestId,
                      @Param("actionType") String actionType, @Param("description") String description,
                      @Param("owner") String owner, @Param("dueOn") LocalDate dueOn,
                      @Param("definedBy") String definedBy, @Param("now") Instant now);

    FollowUpAction findAction(@Param("id") Long id);

    List<FollowUpAction> findActions(@Param("requestId") Long requestId);

    void updateActionStatus(@Param("id") Long id, @Param("status") String status, @Param("now") Instant now);

    void insertReport(@Param("row") GeneratedId row, @Param("requestId") Long requestId, @Param("roundNo") int roundNo,
                      @Param("progressStatus") String progressStatus, @Param("report") String report,
                      @Param("reportedBy") String reportedBy, @Param("now") Instant now);

    void insertActionProgress(@Param("reportId") Long reportId, @Param("actionId") Long actionId,
                              @Param("status") String status);

    FollowUpReport findReport(@Param("id") Long id);

    List<FollowUpReport> findReports(@Param("requestId") Long requestId);

    List<ActionProgress> findActionProgress(@Param("requestId") Long requestId);

    void insertReview(@Param("row") GeneratedId row, @Param("requestId") Long requestId, @Param("roundNo") int roundNo,
                      @Param("assessment") String assessment, @Param("comment") String comment,
                      @Param("reviewedBy") String reviewedBy, @Param("now") Instant now);

    FollowUpReview findReview(@Param("id") Long id);

    List<FollowUpReview> findReviews(@Param("requestId") Long requestId);

    void insertEvaluation(@Param("row") GeneratedId row, @Param("requestId") Long requestId,
                          @Param("rating") int rating, @Param("summary") String summary,
                          @Param("lessonsLearned") String lessonsLearned, @Param("evaluatedBy") String evaluatedBy,
                          @Param("now") Instant now);

    CooperationEvaluation findEvaluation(@Param("id") Long id);

    List<CooperationEvaluation> findEvaluations(@Param("requestId") Long requestId);

    void insertClosureDecision(@Param("row") GeneratedId row, @Param("requestId") Long requestId,
                               @Param("decision") String decision, @Param("comment") String comment,
                               @Param("decidedBy") String decidedBy, @Param("now") Instant now);

    ClosureDecision findClosureDecision(@Param("id") Long id);

    List<ClosureDecision> findClosureDecisions(@Param("requestId") Long requestId);
}
