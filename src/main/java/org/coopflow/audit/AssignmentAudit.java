package org.coopflow.audit;

import java.util.stream.Collectors;

import org.coopflow.assignment.AssignmentAnswered;
import org.coopflow.assignment.AssignmentProcess;
import org.coopflow.assignment.AssignmentStatus;
import org.coopflow.assignment.Assignments;
import org.coopflow.assignment.ExpertAssignment;
import org.coopflow.assignment.ExpertsNominated;
import org.coopflow.assignment.NominationRound;
import org.coopflow.assignment.TeamDecided;
import org.coopflow.assignment.TeamDecision;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Audit lines of the expert assignment: nominations, the experts' answers, the team decision. */
@Component
class AssignmentAudit {

    private final AuditTrail audit;
    private final Assignments assignments;

    AssignmentAudit(AuditTrail audit, Assignments assignments) {
        this.audit = audit;
        this.assignments = assignments;
    }

    @EventListener
    void onNominated(ExpertsNominated event) {
        NominationRound round = assignments.nominationRound(event.requestId(), event.agencyCode(), event.roundNo());
        String experts = assignments.round(event.requestId(), event.agencyCode(), event.roundNo()).stream()
                .map(a -> audit.nameOf(a.expertUsername())).collect(Collectors.joining(", "));
        audit.write(audit.line(event.requestId(), AuditEventType.EXPERTS_NOMINATED, round.nominatedBy())
                .step(AssignmentProcess.TASK_NOMINATE).agency(event.agencyCode()).number(event.roundNo())
                .counterpart(null, experts).reason(round.note()));
    }

    @EventListener
    void onAnswered(AssignmentAnswered event) {
        ExpertAssignment answer = assignments.assignment(event.assignmentId());
        boolean expired = answer.status() == AssignmentStatus.EXPIRED;
        audit.write(audit.line(event.requestId(), AuditEventType.ASSIGNMENT_ANSWERED,
                        expired ? null : answer.expertUsername())
                .step(AssignmentProcess.TASK_RESPOND).decision(answer.status().name()).agency(answer.agencyCode())
                .counterpart(answer.expertUsername(), audit.nameOf(answer.expertUsername()))
                .number(answer.roundNo()).reason(answer.responseReason()));
    }

    @EventListener
    void onTeamDecided(TeamDecided event) {
        TeamDecision decision = assignments.teamDecision(event.decisionId());
        AuditLine line = audit.line(event.requestId(), AuditEventType.TEAM_DECIDED, decision.decidedBy())
                .step(AssignmentProcess.TASK_CONFIRM_TEAM).decision(decision.decision()).reason(decision.note());
        if (decision.leadExpert() != null) {
            line.counterpart(decision.leadExpert(), audit.nameOf(decision.leadExpert()));
        }
        audit.write(line);
    }
}
