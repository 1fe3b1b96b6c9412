package org.coopflow.deadline;

import java.util.List;

/**
 * Names the deadlines share with the models: the decisions every user task's due date and escalation ladder come
 * from (bpmn/serviceLevels.dmn, bpmn/escalationLadder.dmn), the variables they read, and the process a request for
 * more time runs through (bpmn/stepExtension.bpmn with its form decideExtension).
 */
public final class DeadlineProcess {

    /** Per step (user task id) and urgency: working days and the calendar they count. */
    public static final String DECISION_SERVICE_LEVELS = "serviceLevels";
    /** Per step: the reminder share, the reminder at the due date, the escalation and who is responsible. */
    public static final String DECISION_ESCALATION_LADDER = "escalationLadder";
    public static final String INPUT_STEP = "step";
    public static final String INPUT_URGENT = "urgent";
    public static final String OUTPUT_DAYS = "days";
    public static final String OUTPUT_CALENDAR = "calendar";
    public static final String OUTPUT_REMINDER_SHARE = "reminderShare";
    public static final String OUTPUT_REMIND_AT_DUE = "remindAtDue";
    public static final String OUTPUT_ESCALATE_AFTER_DAYS = "escalateAfterDays";
    public static final String OUTPUT_RESPONSIBLE = "responsible";

    public static final String PROCESS_KEY_EXTENSION = "stepExtension";
    public static final String TASK_DECIDE_EXTENSION = "decideExtension";
    /** The extension_request row the process decides. */
    public static final String VAR_EXTENSION_ID = "extensionId";
    /** The candidate group that decides (the step's responsible party). */
    public static final String VAR_DECIDERS = "extensionDeciders";
    public static final String VAR_DECISION = "extensionDecision";
    public static final String VAR_COMMENT = "extensionComment";
    public static final String GRANT = "GRANT";
    public static final String REFUSE = "REFUSE";
    public static final List<String> DECISIONS = List.of(GRANT, REFUSE);
    /** Options of the decision form: what was asked, with the reason and the date a grant gives. */
    public static final String OPTIONS_EXTENSION_CHOICES = "extensionChoices";

    /** The agency of a step offered per agency (a nomination branch, an expert's answer). */
    public static final String VAR_AGENCY = "agency";

    private DeadlineProcess() {
    }
}
