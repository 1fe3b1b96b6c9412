package org.coopflow.mou;

/** Who reviews an MOU version: legal and the partner in parallel, then a manager approves it for signing. */
public enum MouReviewer {
    LEGAL(MouProcess.TASK_REVIEW_LEGAL, MouProcess.VAR_LEGAL_DECISION, MouProcess.VAR_LEGAL_COMMENTS),
    PARTNER(MouProcess.TASK_REVIEW_PARTNER, MouProcess.VAR_PARTNER_DECISION, MouProcess.VAR_PARTNER_COMMENTS),
    MANAGER(MouProcess.TASK_APPROVE_FOR_SIGNING, MouProcess.VAR_SIGNING_DECISION, MouProcess.VAR_SIGNING_COMMENTS);

    private final String taskKey;
    private final String decisionVariable;
    private final String commentsVariable;

    MouReviewer(String taskKey, String decisionVariable, String commentsVariable) {
        this.taskKey = taskKey;
        this.decisionVariable = decisionVariable;
        this.commentsVariable = commentsVariable;
    }

    String decisionVariable() {
        return decisionVariable;
    }

    String commentsVariable() {
        return commentsVariable;
    }

    static MouReviewer ofTask(String taskKey) {
        for (MouReviewer reviewer : values()) {
            if (reviewer.taskKey.equals(taskKey)) {
                return reviewer;
            }
        }
        throw new IllegalArgumentException("No MOU review step " + taskKey);
    }
}
