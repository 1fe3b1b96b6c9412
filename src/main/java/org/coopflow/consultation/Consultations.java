package org.coopflow.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.coopflow.shared.ConflictException;
import org.coopflow.shared.GeneratedId;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.system.EngineIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The consultation stage's records: every revision of the plan with the partner's answer, the outcome the lead expert
 * recorded, the partner's feedback. Written by the model's listeners and delegates, read by pages and the audit.
 */
@Service
public class Consultations {

    private final ConsultationMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consultations(ConsultationMapper mapper, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    void plan(Long requestId, String modality, LocalDate start, LocalDate end, String place, String agenda,
              String actor) {
        if (end != null && end.isBefore(start)) {
            throw new InvalidInputException(ConsultationProcess.VAR_END, "consultation.end.beforeStart");
        }
        GeneratedId row = new GeneratedId();
        mapper.insertPlan(row, requestId, mapper.lastRevision(requestId) + 1, modality, start, end, place, agenda,
                actor, clock.instant());
        events.publishEvent(new ConsultationPlanned(requestId, row.getId()));
    }

    /** The partner's answer to the latest plan; asking for changes needs a word on what to change. */
    void answerPlan(Long requestId, String decision, String comment, String actor) {
        if (ConsultationProcess.CHANGE.equals(decision) && comment == null) {
            throw new InvalidInputException(ConsultationProcess.VAR_PLAN_COMMENT, "form.required");
        }
        ConsultationPlan plan = latestPlan(requestId)
                .orElseThrow(() -> new ConflictException("consultation.noPlan"));
        if (mapper.answerPlan(plan.id(), decision, comment, actor, clock.instant()) == 0) {
            throw new ConflictException("consultation.planAnswered");
        }
        events.publishEvent(new ConsultationPlanAnswered(requestId, plan.id()));
    }

    void recordOutcome(Long requestId, boolean held, String report, String questionsAnswered, String actor) {
        GeneratedId row = new GeneratedId();
        mapper.insertOutcome(row, requestId, held, report, questionsAnswered, actor, clock.instant());
        events.publishEvent(new ConsultationHeld(requestId, row.getId()));
    }

    void giveFeedback(Long requestId, int satisfaction, boolean wantsMou, boolean wantsFollowUp, String comment,
                      String actor) {
        GeneratedId row = new GeneratedId();
        mapper.insertFeedback(row, requestId, satisfaction, wantsMou, wantsFollowUp, comment, false, actor,
                clock.instant());
        events.publishEvent(new FeedbackGiven(requestId, row.getId()));
    }

    /** PROCESS.md: silence for the feedback period counts as no MOU, follow-up yes. */
    void defaultFeedback(Long requestId) {
        GeneratedId row = new GeneratedId();
        mapper.insertFeedback(row, requestId, null, false, true, null, true, EngineIdentity.SYSTEM, clock.instant());
        events.publishEvent(new FeedbackGiven(requestId, row.getId()));
    }

    public List<ConsultationPlan> plans(Long requestId) {
        return mapper.findPlans(requestId);
    }

    public Optional<ConsultationPlan> latestPlan(Long requestId) {
        List<ConsultationPlan> plans = plans(requestId);
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(plans.size() - 1));
    }

    public ConsultationPlan plan(Long planId) {
        return mapper.findPlan(planId);
    }

    public ConsultationOutcome outcome(Long outcomeId) {
        return mapper.findOutcome(outcomeId);
    }

    public List<ConsultationOutcome> outcomes(Long requestId) {
        return mapper.findOutcomes(requestId);
    }

    public ConsultationFeedback feedback(Long feedbackId) {
        return mapper.findFeedback(feedbackId);
    }

    public List<ConsultationFeedback> feedbacks(Long requestId) {
        return mapper.findFeedbacks(requestId);
    }
}
