package org.coopflow.screening;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopflow.reference.ReferenceData;
import org.coopflow.request.RequestClosed;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestStatus;
import org.coopflow.shared.GeneratedId;
import org.coopflow.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The screening stage's records: intake's decisions and the clarification rounds with the partner. Written by the
 * model's listeners and delegates (so every way a task is completed records the same), read by the pages and the
 * audit trail.
 */
@Service
public class Screenings {

    private final ScreeningMapper mapper;
    private final RequestLifecycle lifecycle;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Screenings(ScreeningMapper mapper, RequestLifecycle lifecycle, ReferenceData reference,
               ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.lifecycle = lifecycle;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records intake's decision. Accepting needs a lead agency (the routing decision's or one intake names) and applies
     * intake's routing override; clarifying opens a new round for the partner; declining needs a reason.
     */
    void decide(Long requestId, String taskId, String decision, String reason, String leadOverride,
                List<String> supportingOverride, String actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!ScreeningProcess.ACCEPT.equals(decision) && reason == null) {
            errors.put(ScreeningProcess.VAR_REASON, "form.required");
        }
        if (leadOverride != null && !reference.isAgency(leadOverride)) {
            errors.put(ScreeningProcess.VAR_LEAD_AGENCY, "form.invalidOption");
        }
        if (supportingOverride != null && !supportingOverride.stream().allMatch(reference::isAgency)) {
            errors.put(ScreeningProcess.VAR_SUPPORTING_AGENCIES, "form.invalidOption");
        }
        String lead = leadOverride != null ? leadOverride : lifecycle.leadAgency(requestId);
        if (ScreeningProcess.ACCEPT.equals(decision) && lead == null) {
            errors.put(ScreeningProcess.VAR_LEAD_AGENCY, "screening.leadAgency.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        GeneratedId row = new GeneratedId();
        mapper.insertDecision(row, requestId, taskId, decision, reason, actor, clock.instant());
        switch (decision) {
            case ScreeningProcess.ACCEPT -> {
                // supporting agencies not answered: the routing's stay; answered with none ticked: none
                List<String> supporting = supportingOverride == null
                        ? lifecycle.supportingAgencies(requestId) : supportingOverride;
                lifecycle.route(requestId, lead, supporting, actor);
                events.publishEvent(new ScreeningDecided(requestId, row.getId()));
            }
            case ScreeningProcess.CLARIFY -> {
                GeneratedId clarification = new GeneratedId();
                mapper.insertClarification(clarification, requestId, mapper.lastRound(requestId) + 1, reason, actor,
                        clock.instant());
                events.publishEvent(new ClarificationAsked(requestId, clarification.getId()));
            }
            default -> events.publishEvent(new ScreeningDecided(requestId, row.getId()));
        }
    }

    /** The partner's answer to the open question; false when no question is open (answered meanwhile). */
    boolean answer(Long requestId, String answer, String actor) {
        Clarification open = mapper.findOpenClarification(requestId);
        if (open == null || mapper.answer(open.id(), answer, actor, clock.instant()) == 0) {
            return false;
        }
        events.publishEvent(new ClarificationAnswered(requestId, open.id()));
        return true;
    }

    /** The partner did not answer in time: the round lapses and the request closes as LAPSED. */
    void lapse(Long requestId) {
        Clarification open = mapper.findOpenClarification(requestId);
        if (open != null && mapper.close(open.id(), Clarification.LAPSED) > 0) {
            events.publishEvent(new ClarificationLapsed(requestId, open.id()));
        }
        lifecycle.close(requestId, RequestStatus.LAPSED, null);
    }

    /** Intake declined: the request closes as DECLINED with intake's reason. */
    void decline(Long requestId) {
        List<ScreeningDecision> decisions = mapper.findDecisions(requestId);
        String reason = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1).reason();
        lifecycle.close(requestId, RequestStatus.DECLINED, reason);
    }

    /** A question still open when the request ends otherwise (withdrawn) will never be answered. */
    @EventListener
    void onRequestClosed(RequestClosed closed) {
        Clarification open = mapper.findOpenClarification(closed.requestId());
        if (open != null && closed.status() != RequestStatus.LAPSED) {
            mapper.close(open.id(), Clarification.CANCELLED);
        }
    }

    public ScreeningDecision decision(Long decisionId) {
        return mapper.findDecision(decisionId);
    }

    public List<ScreeningDecision> decisions(Long requestId) {
        return mapper.findDecisions(requestId);
    }

    public Clarification clarification(Long clarificationId) {
        return mapper.findClarification(clarificationId);
    }

    /** Every round, first question first. */
    public List<Clarification> clarifications(Long requestId) {
        return mapper.findClarifications(requestId);
    }

    public java.util.Optional<Clarification> openClarification(Long requestId) {
        return java.util.Optional.ofNullable(mapper.findOpenClarification(requestId));
    }
}
