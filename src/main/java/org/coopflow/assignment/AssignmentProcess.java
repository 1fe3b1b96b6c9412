package org.coopflow.assignment;

import java.util.List;

/**
 * Names of the expert assignment stage shared with bpmn/expertAssignment.bpmn and its forms (nominateExperts,
 * respondToAssignment, confirmTeam): task keys, variables, decisions.
 */
public final class AssignmentProcess {

    public static final String PROCESS_KEY = "expertAssignment";

    public static final String TASK_NOMINATE = "nominateExperts";
    public static final String TASK_RESPOND = "respondToAssignment";
    public static final String TASK_CONFIRM_TEAM = "confirmTeam";

    /** The agency of one nomination branch (multi-instance element variable). */
    public static final String VAR_AGENCY = "agency";
    /** The expert of one answer branch (multi-instance element variable). */
    public static final String VAR_EXPERT = "expert";
    public static final String VAR_NOMINATED_EXPERTS = "nominatedExperts";
    public static final String VAR_NOMINATION_NOTE = "nominationNote";
    public static final String VAR_ANSWER = "assignmentDecision";
    public static final String VAR_DECLINE_REASON = "declineReason";
    public static final String VAR_TEAM_DECISION = "teamDecision";
    /** The lead expert chosen at team confirmation; handed to the consultation stage. */
    public static final String VAR_LEAD_EXPERT = "leadExpert";
    public static final String VAR_TEAM_NOTE = "teamNote";

    public static final String ACCEPT = "ACCEPT";
    public static final String DECLINE = "DECLINE";
    public static final List<String> ANSWERS = List.of(ACCEPT, DECLINE);
    public static final String CONFIRM = "CONFIRM";
    public static final String REOPEN = "REOPEN";
    public static final List<String> TEAM_DECISIONS = List.of(CONFIRM, REOPEN);

    /** Options of the forms computed at run time ({@code valuesKey} in the forms). */
    public static final String OPTIONS_EXPERT_SUGGESTIONS = "expertSuggestions";
    public static final String OPTIONS_TEAM_EXPERTS = "teamExperts";

    private AssignmentProcess() {
    }
}
