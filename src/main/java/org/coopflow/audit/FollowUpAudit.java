package org.coopflow.audit;

import org.coopflow.followup.ClosureDecided;
import org.coopflow.followup.ClosureDecision;
import org.coopflow.followup.CooperationEvaluated;
import org.coopflow.followup.CooperationEvaluation;
import org.coopflow.followup.FollowUpAction;
import org.coopflow.followup.FollowUpActionDefined;
import org.coopflow.followup.FollowUpProcess;
import org.coopflow.followup.FollowUpReport;
import org.coopflow.followup.FollowUpReported;
import org.coopflow.followup.FollowUpReview;
import org.coopflow.followup.FollowUpReviewed;
import org.coopflow.followup.FollowUps;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Audit lines of the follow-up and closing: actions, reports, reviews, the evaluation, the manager's closure. */
@Component
class FollowUpAudit {

    private final AuditTrail audit;
    private final FollowUps followUps;

    FollowUpAudit(AuditTrail audit, FollowUps followUps) {
        this.audit = audit;
        this.followUps = followUps;
    }

    @EventListener
    void onActionDefined(FollowUpActionDefined event) {
        FollowUpAction action = followUps.action(event.actionId());
        audit.write(audit.line(event.requestId(), AuditEventType.FOLLOW_UP_ACTION_DEFINED, action.definedBy())
                .step(FollowUpProcess.TASK_DEFINE_ACTIONS).decision(action.actionType()).onDate(action.dueOn())
                .counterpart(null, action.owner()).reason(action.description()));
    }

    @EventListener
    void onReported(FollowUpReported event) {
        FollowUpReport report = followUps.report(event.reportId());
        audit.write(audit.line(event.requestId(), AuditEventType.FOLLOW_UP_REPORTED, report.reportedBy())
                .step(FollowUpProcess.TASK_REPORT).decision(report.progressStatus()).number(report.roundNo())
                .reason(report.report()));
    }

    @EventListener
    void onReviewed(FollowUpReviewed event) {
        FollowUpReview review = followUps.review(event.reviewId());
        audit.write(audit.line(event.requestId(), AuditEventType.FOLLOW_UP_REVIEWED, review.reviewedBy())
                .step(FollowUpProcess.TASK_REVIEW).decision(review.assessment()).number(review.roundNo())
                .reason(review.comment()));
    }

    @EventListener
    void onEvaluated(CooperationEvaluated event) {
        CooperationEvaluation evaluation = followUps.evaluation(event.evaluationId());
        audit.write(audit.line(event.requestId(), AuditEventType.COOPERATION_EVALUATED, evaluation.evaluatedBy())
                .step(FollowUpProcess.TASK_EVALUATE).number(evaluation.rating()).reason(evaluation.summary()));
    }

    @EventListener
    void onClosureDecided(ClosureDecided event) {
        ClosureDecision decision = followUps.closureDecision(event.decisionId());
        audit.write(audit.line(event.requestId(), AuditEventType.CLOSURE_DECIDED, decision.decidedBy())
                .step(FollowUpProcess.TASK_APPROVE_CLOSURE).decision(decision.decision()).reason(decision.comment()));
    }
}
