package org.coopflow.inbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.coopflow.assignment.AssignmentAnswered;
import org.coopflow.assignment.AssignmentProcess;
import org.coopflow.assignment.Assignments;
import org.coopflow.assignment.ExpertAssignment;
import org.coopflow.assignment.TeamDecided;
import org.coopflow.assignment.TeamDecision;
import org.coopflow.consultation.ConsultationFeedback;
import org.coopflow.consultation.ConsultationHeld;
import org.coopflow.consultation.ConsultationOutcome;
import org.coopflow.consultation.ConsultationPlan;
import org.coopflow.consultation.ConsultationPlanAnswered;
import org.coopflow.consultation.Consultations;
import org.coopflow.consultation.FeedbackGiven;
import org.coopflow.mou.MouReview;
import org.coopflow.mou.MouReviewed;
import org.coopflow.mou.MouSigned;
import org.coopflow.mou.MouSigning;
import org.coopflow.mou.MouVersions;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestProcess;
import org.coopflow.screening.ScreeningDecided;
import org.coopflow.screening.ScreeningDecision;
import org.coopflow.screening.ScreeningProcess;
import org.coopflow.screening.Screenings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The decisions of each stage, for those who wait on them: the partner hears what the Korean side decided about its
 * request; the lead agency's coordinators what the partner, the experts, legal and the managers answered. What a
 * decision asks of someone next reaches them as a step of their own (see {@link TaskNews}).
 */
@Component
class StageNews {

    private final Inbox inbox;
    private final Audience audience;
    private final RequestLifecycle lifecycle;
    private final Screenings screenings;
    private final Assignments assignments;
    private final Consultations consultations;
    private final MouVersions mou;

    StageNews(Inbox inbox, Audience audience, RequestLifecycle lifecycle, Screenings screenings,
              Assignments assignments, Consultations consultations, MouVersions mou) {
        this.inbox = inbox;
        this.audience = audience;
        this.lifecycle = lifecycle;
        this.screenings = screenings;
        this.assignments = assignments;
        this.consultations = consultations;
        this.mou = mou;
    }

    /** Accepted: the partner learns which agency leads (a decline reaches it as the request's closing). */
    @EventListener
    void onScreeningDecided(ScreeningDecided event) {
        ScreeningDecision decision = screenings.decision(event.decisionId());
        if (ScreeningProcess.ACCEPT.equals(decision.decision())) {
            CooperationRequest request = request(event.requestId());
            inbox.deliver(News.of(ItemKind.REQUEST_ACCEPTED, request).code(lifecycle.leadAgency(request.id()))
                    .actor(decision.decidedBy()), audience.partner(request));
        }
    }

    /** The coordinator who nominated the expert hears the answer (or the silence). */
    @EventListener
    void onAssignmentAnswered(AssignmentAnswered event) {
        ExpertAssignment answer = assignments.assignment(event.assignmentId());
        inbox.deliver(News.of(ItemKind.EXPERT_ANSWERED, request(event.requestId())).code(answer.status().name())
                .actor(answer.expertUsername()), List.of(answer.nominatedBy()));
    }

    @EventListener
    void onTeamDecided(TeamDecided event) {
        TeamDecision decision = assignments.teamDecision(event.decisionId());
        if (AssignmentProcess.CONFIRM.equals(decision.decision())) {
            CooperationRequest request = request(event.requestId());
            Set<String> concerned = new LinkedHashSet<>(audience.partner(request));
            concerned.addAll(audience.team(request.id()));
            inbox.deliver(News.of(ItemKind.TEAM_CONFIRMED, request).actor(decision.decidedBy()), concerned);
        }
    }

    @EventListener
    void onPlanAnswered(ConsultationPlanAnswered event) {
        ConsultationPlan plan = consultations.plan(event.planId());
        inbox.deliver(News.of(ItemKind.PLAN_ANSWERED, request(event.requestId())).code(plan.partnerDecision())
                        .ordinal(plan.revisionNo()).actor(plan.answeredBy()).note(plan.partnerComment()),
                audience.leadCoordinators(event.requestId()));
    }

    @EventListener
    void onConsultationHeld(ConsultationHeld event) {
        ConsultationOutcome outcome = consultations.outcome(event.outcomeId());
        inbox.deliver(News.of(ItemKind.CONSULTATION_HELD, request(event.requestId()))
                        .code(outcome.held() ? "HELD" : "NOT_HELD").actor(outcome.recordedBy()),
                audience.leadCoordinators(event.requestId()));
    }

    @EventListener
    void onFeedback(FeedbackGiven event) {
        ConsultationFeedback feedback = consultations.feedback(event.feedbackId());
        inbox.deliver(News.of(ItemKind.FEEDBACK_GIVEN, request(event.requestId()))
                        .code(feedback.defaulted() ? "DEFAULTED" : "GIVEN").ordinal(feedback.satisfaction())
                        .actor(feedback.defaulted() ? null : feedback.givenBy()),
                audience.leadCoordinators(event.requestId()));
    }

    /** Legal's, the partner's and the manager's answers on an MOU version, for the lead coordinators drafting it. */
    @EventListener
    void onMouReviewed(MouReviewed event) {
        MouReview review = mou.review(event.reviewId());
        inbox.deliver(News.of(ItemKind.MOU_REVIEWED, request(event.requestId()))
                        .code(review.reviewer().name() + "." + review.decision()).ordinal(review.versionNo())
                        .actor(review.reviewedBy()),
                audience.leadCoordinators(event.requestId()));
    }

    @EventListener
    void onMouSigned(MouSigned event) {
        MouSigning signing = mou.signing(event.signingId());
        CooperationRequest request = request(event.requestId());
        Set<String> concerned = new LinkedHashSet<>(audience.partner(request));
        concerned.addAll(audience.agencyCoordinators(request.id()));
        inbox.deliver(News.of(ItemKind.MOU_SIGNED, request).ordinal(signing.versionNo()).actor(signing.recordedBy()),
                concerned);
    }

    private CooperationRequest request(Long requestId) {
        return lifecycle.find(requestId);
    }
}
