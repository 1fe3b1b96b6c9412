package org.coopflow.followup;

import java.util.List;

/**
 * Names of the follow-up stage shared with bpmn/followUp.bpmn, the closing steps of bpmn/cooperationRequest.bpmn
 * (evaluation and the manager's closure) and their forms.
 */
public final class FollowUpProcess {

    public static final String PROCESS_KEY = "followUp";

    public static final String TASK_DEFINE_ACTIONS = "defineFollowUpActions";
    /** Before version 2.0 of the model: one action per task, asked again for each action. */
    public static final String TASK_DEFINE_ACTION_BEFORE_2_0 = "defineFollowUpAction";
    public static final String TASK_REPORT = "reportFollowUpProgress";
    public static final String TASK_REVIEW = "reviewFollowUpProgress";
    public static final String TASK_EVALUATE = "evaluateCooperation";
    public static final String TASK_APPROVE_CLOSURE = "approveClosure";

    /** The actions, one row each (a list field of the form): type, description, owner, due date. */
    public static final String VAR_ACTIONS = "followUpActions";
    public static final String FIELD_ACTION_TYPE = "actionType";
    public static final String FIELD_ACTION_DESCRIPTION = "actionDescription";
    public static final String FIELD_ACTION_OWNER = "actionOwner";
    public static final String FIELD_ACTION_DUE = "actionDue";
    /** The reporting round in progress (1, 2, …); the model loops while it is below the configured rounds. */
    public static final String VAR_ROUND = "followUpRound";
    public static final String VAR_PROGRESS_STATUS = "progressStatus";
    public static final String VAR_PROGRESS_REPORT = "progressReport";
    /** The partner's word per action in a report (a list field): which action, its status. */
    public static final String VAR_ACTION_PROGRESS = "actionProgress";
    public static final String FIELD_PROGRESS_ACTION = "action";
    public static final String FIELD_PROGRESS_STATUS = "actionStatus";
    public static final String VAR_REVIEW_ASSESSMENT = "reviewAssessment";
    public static final String VAR_REVIEW_COMMENT = "reviewComment";
    public static final String VAR_RATING = "overallRating";
    public static final String VAR_EVALUATION_SUMMARY = "evaluationSummary";
    public static final String VAR_LESSONS_LEARNED = "lessonsLearned";
    public static final String VAR_CLOSURE_DECISION = "closureDecision";
    public static final String VAR_CLOSURE_COMMENT = "closureComment";

    public static final List<String> ACTION_TYPES = List.of("TRAINING", "JOINT_PROJECT", "PRE_FEASIBILITY_STUDY",
            "COOPERATION_CENTRE");
    /** Statuses the partner reports (an action starts OPEN). */
    public static final List<String> PROGRESS_STATUSES = List.of("ON_TRACK", "DELAYED", "DONE");
    public static final List<String> ASSESSMENTS = List.of("SATISFACTORY", "NEEDS_ATTENTION");
    public static final List<String> RATINGS = List.of("1", "2", "3", "4", "5");
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    public static final List<String> CLOSURE_DECISIONS = List.of(APPROVE, RETURN);

    /** Options of the report form: the request's follow-up actions. */
    public static final String OPTIONS_ACTIONS = "followUpActionChoices";

    private FollowUpProcess() {
    }
}
