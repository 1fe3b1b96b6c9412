package org.coopflow.audit;

import org.coopflow.request.RequestLifecycle;
import org.coopflow.screening.Clarification;
import org.coopflow.screening.ClarificationAnswered;
import org.coopflow.screening.ClarificationAsked;
import org.coopflow.screening.ClarificationLapsed;
import org.coopflow.screening.ScreeningDecided;
import org.coopflow.screening.ScreeningDecision;
import org.coopflow.screening.ScreeningProcess;
import org.coopflow.screening.Screenings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Audit lines of the screening: intake's decisions with their reasons, the clarification rounds. */
@Component
class ScreeningAudit {

    private final AuditTrail audit;
    private final Screenings screenings;
    private final RequestLifecycle lifecycle;

    ScreeningAudit(AuditTrail audit, Screenings screenings, RequestLifecycle lifecycle) {
        this.audit = audit;
        this.screenings = screenings;
        this.lifecycle = lifecycle;
    }

    @EventListener
    void onDecided(ScreeningDecided event) {
        ScreeningDecision decision = screenings.decision(event.decisionId());
        AuditLine line = audit.line(event.requestId(), AuditEventType.SCREENING_DECIDED, decision.decidedBy())
                .step(ScreeningProcess.TASK_SCREEN).decision(decision.decision()).reason(decision.reason());
        if (ScreeningProcess.ACCEPT.equals(decision.decision())) {
            line.routing(lifecycle.leadAgency(event.requestId()), lifecycle.supportingAgencies(event.requestId()));
        }
        audit.write(line);
    }

    @EventListener
    void onAsked(ClarificationAsked event) {
        Clarification asked = screenings.clarification(event.clarificationId());
        audit.write(audit.line(event.requestId(), AuditEventType.CLARIFICATION_ASKED, asked.askedBy())
                .step(ScreeningProcess.TASK_SCREEN).decision(ScreeningProcess.CLARIFY).number(asked.roundNo())
                .reason(asked.question()));
    }

    @EventListener
    void onAnswered(ClarificationAnswered event) {
        Clarification answered = screenings.clarification(event.clarificationId());
        audit.write(audit.line(event.requestId(), AuditEventType.CLARIFICATION_ANSWERED, answered.answeredBy())
                .step(ScreeningProcess.TASK_ANSWER_CLARIFICATION).number(answered.roundNo())
                .reason(answered.answer()));
    }

    @EventListener
    void onLapsed(ClarificationLapsed event) {
        Clarification lapsed = screenings.clarification(event.clarificationId());
        audit.write(audit.line(event.requestId(), AuditEventType.CLARIFICATION_LAPSED, null)
                .step(ScreeningProcess.TASK_ANSWER_CLARIFICATION).number(lapsed.roundNo()));
    }
}
