package org.coopflow.audit;

import org.coopflow.consultation.ConsultationFeedback;
import org.coopflow.consultation.ConsultationHeld;
import org.coopflow.consultation.ConsultationOutcome;
import org.coopflow.consultation.ConsultationPlan;
import org.coopflow.consultation.ConsultationPlanAnswered;
import org.coopflow.consultation.ConsultationPlanned;
import org.coopflow.consultation.ConsultationProcess;
import org.coopflow.consultation.Consultations;
import org.coopflow.consultation.FeedbackGiven;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Audit lines of the consultation: each plan revision and the partner's answer, the outcome, the feedback. */
@Component
class ConsultationAudit {

    /** The partner's wishes after a consultation, as one code (the detail of a FEEDBACK_GIVEN line). */
    static String wishes(boolean mou, boolean followUp) {
        return (mou ? "MOU" : "NO_MOU") + "_" + (followUp ? "FOLLOW_UP" : "NO_FOLLOW_UP");
    }

    static final String FEEDBACK_DEFAULTED = "DEFAULTED";
    static final String FEEDBACK_GIVEN = "GIVEN";

    private final AuditTrail audit;
    private final Consultations consultations;

    ConsultationAudit(AuditTrail audit, Consultations consultations) {
        this.audit = audit;
        this.consultations = consultations;
    }

    @EventListener
    void onPlanned(ConsultationPlanned event) {
        ConsultationPlan plan = consultations.plan(event.planId());
        audit.write(audit.line(event.requestId(), AuditEventType.CONSULTATION_PLANNED, plan.plannedBy())
                .step(ConsultationProcess.TASK_PLAN).decision(plan.modality()).number(plan.revisionNo())
                .onDate(plan.startsOn()).reason(plan.agenda()));
    }

    @EventListener
    void onPlanAnswered(ConsultationPlanAnswered event) {
        ConsultationPlan plan = consultations.plan(event.planId());
        audit.write(audit.line(event.requestId(), AuditEventType.CONSULTATION_PLAN_ANSWERED, plan.answeredBy())
                .step(ConsultationProcess.TASK_CONFIRM_PLAN).decision(plan.partnerDecision())
                .number(plan.revisionNo()).reason(plan.partnerComment()));
    }

    @EventListener
    void onHeld(ConsultationHeld event) {
        ConsultationOutcome outcome = consultations.outcome(event.outcomeId());
        audit.write(audit.line(event.requestId(), AuditEventType.CONSULTATION_HELD, outcome.recordedBy())
                .step(ConsultationProcess.TASK_RECORD_OUTCOME).decision(outcome.held() ? "HELD" : "NOT_HELD")
                .reason(outcome.report()));
    }

    @EventListener
    void onFeedback(FeedbackGiven event) {
        ConsultationFeedback feedback = consultations.feedback(event.feedbackId());
        audit.write(audit.line(event.requestId(), AuditEventType.FEEDBACK_GIVEN,
                        feedback.defaulted() ? null : feedback.givenBy())
                .step(ConsultationProcess.TASK_GIVE_FEEDBACK)
                .decision(feedback.defaulted() ? FEEDBACK_DEFAULTED : FEEDBACK_GIVEN)
                .detail(wishes(feedback.wantsMou(), feedback.wantsFollowUp())).number(feedback.satisfaction())
                .reason(feedback.comment()));
    }
}
