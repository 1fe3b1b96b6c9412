package org.coopflow.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.shared.GeneratedId;

@Mapper
interface ConsultationMapper {

    int lastRevision(@Param("requestId") Long requestId);

    void insertPlan(@Param("row") GeneratedId row, @Param("requestId") Long requestId,
                    @Param("revisionNo") int revisionNo, @Param("modality") String modality,
                    @Param("startsOn") LocalDate startsOn, @Param("endsOn") LocalDate endsOn,
                    @Param("place") String place, @Param("agenda") String agenda,
                    @Param("plannedBy") String plannedBy, @Param("now") Instant now);

    int answerPlan(@Param("id") Long id, @Param("decision") String decision, @Param("comment") String comment,
                   @Param("answeredBy") String answeredBy, @Param("now") Instant now);

    ConsultationPlan findPlan(@Param("id") Long id);

    List<ConsultationPlan> findPlans(@Param("requestId") Long requestId);

    void insertOutcome(@Param("row") GeneratedId row, @Param("requestId") Long requestId, @Param("held") boolean held,
                       @Param("report") String report, @Param("questionsAnswered") String questionsAnswered,
                       @Param("recordedBy") String recordedBy, @Param("now") Instant now);

    ConsultationOutcome findOutcome(@Param("id") Long id);

    List<ConsultationOutcome> findOutcomes(@Param("requestId") Long requestId);

    void insertFeedback(@Param("row") GeneratedId row, @Param("requestId") Long requestId,
                        @Param("satisfaction") Integer satisfaction, @Param("wantsMou") boolean wantsMou,
                        @Param("wantsFollowUp") boolean wantsFollowUp, @Param("comment") String comment,
                        @Param("defaulted") boolean defaulted, @Param("givenBy") String givenBy,
                        @Param("now") Instant now);

    ConsultationFeedback findFeedback(@Param("id") Long id);

    List<ConsultationFeedback> findFeedbacks(@Param("requestId") Long requestId);
}
