package org.coopflow.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.coopflow.shared.GeneratedId;
import org.coopflow.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The follow-up stage's records: the actions agreed with the partner (each with its own due date and status), every
 * round's report and review, and the closing evaluation and decision. Written by the model's listeners.
 */
@Service
public class FollowUps {

    /** One action as entered: type, description, owner, due date. */
    record NewAction(String type, String description, String owner, LocalDate dueOn) {
    }

    private final FollowUpMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUps(FollowUpMapper mapper, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    void defineActions(Long requestId, List<NewAction> actions, String definedBy) {
        if (actions.isEmpty()) {
            throw new InvalidInputException(FollowUpProcess.VAR_ACTIONS, "followup.actions.required");
        }
        for (NewAction action : actions) {
            GeneratedId row = new GeneratedId();
            mapper.insertAction(row, requestId, action.type(), action.description(), action.owner(), action.dueOn(),
                    definedBy, clock.instant());
            events.publishEvent(new FollowUpActionDefined(requestId, row.getId()));
        }
    }

    /**
     * The partner's report of a round, with a status per action it names (actions of this request only); each
     * action keeps the latest status reported.
     */
    void report(Long requestId, int roundNo, String progressStatus, String report, Map<Long, String> actionStatuses,
                String reportedBy) {
        Set<Long> ownActions = actions(requestId).stream().map(FollowUpAction::id).collect(Collectors.toSet());
        if (!ownActions.containsAll(actionStatuses.keySet())) {
            throw new InvalidInputException(FollowUpProcess.VAR_ACTION_PROGRESS, "form.invalidOption");
        }
        GeneratedId row = new GeneratedId();
        mapper.insertReport(row, requestId, roundNo, progressStatus, report, reportedBy, clock.instant());
        actionStatuses.forEach((actionId, status) -> {
            mapper.insertActionProgress(row.getId(), actionId, status);
            mapper.updateActionStatus(actionId, status, clock.instant());
        });
        events.publishEvent(new FollowUpReported(requestId, row.getId()));
    }

    void review(Long requestId, int roundNo, String assessment, String comment, String reviewedBy) {
        GeneratedId row = new GeneratedId();
        mapper.insertReview(row, requestId, roundNo, assessment, comment, reviewedBy, clock.instant());
        events.publishEvent(new FollowUpReviewed(requestId, row.getId()));
    }

    void evaluate(Long requestId, int rating, String summary, String lessonsLearned, String evaluatedBy) {
        GeneratedId row = new GeneratedId();
        mapper.insertEvaluation(row, requestId, rating, summary, lessonsLearned, evaluatedBy, clock.instant());
        events.publishEvent(new CooperationEvaluated(requestId, row.getId()));
    }

    /** Returning the evaluation needs a word on what to change. */
    void decideClosure(Long requestId, String decision, String comment, String decidedBy) {
        if (FollowUpProcess.RETURN.equals(decision) && comment == null) {
            throw new InvalidInputException(FollowUpProcess.VAR_CLOSURE_COMMENT, "form.required");
        }
        GeneratedId row = new GeneratedId();
        mapper.insertClosureDecision(row, requestId, decision, comment, decidedBy, clock.instant());
        events.publishEvent(new ClosureDecided(requestId, row.getId()));
    }

    public List<FollowUpAction> actions(Long requestId) {
        return mapper.findActions(requestId);
    }

    public FollowUpAction action(Long actionId) {
        return mapper.findAction(actionId);
    }

    public List<FollowUpReport> reports(Long requestId) {
        return mapper.findReports(requestId);
    }

    public FollowUpReport report(Long reportId) {
        return mapper.findReport(reportId);
    }

    /** What each report said of each action, by report id then action id. */
    public Map<Long, Map<Long, String>> actionProgress(Long requestId) {
        Map<Long, Map<Long, String>> byReport = new LinkedHashMap<>();
        mapper.findActionProgress(requestId).forEach(p ->
                byReport.computeIfAbsent(p.reportId(), id -> new LinkedHashMap<>()).put(p.actionId(), p.status()));
        return byReport;
    }

    public List<FollowUpReview> reviews(Long requestId) {
        return mapper.findReviews(requestId);
    }

    public FollowUpReview review(Long reviewId) {
        return mapper.findReview(reviewId);
    }

    public List<CooperationEvaluation> evaluations(Long requestId) {
        return mapper.findEvaluations(requestId);
    }

    public CooperationEvaluation evaluation(Long evaluationId) {
        return mapper.findEvaluation(evaluationId);
    }

    public List<ClosureDecision> closureDecisions(Long requestId) {
        return mapper.findClosureDecisions(requestId);
    }

    public ClosureDecision closureDecision(Long decisionId) {
        return mapper.findClosureDecision(decisionId);
    }
}
