package org.coopflow.tasklist;

/** The request a task is about, as the top of the task page shows it. */
record TaskSummary(OpenTask task, String title, String countryName, DueState due, String assigneeName) {

    public boolean overdue() {
        return due == DueState.OVERDUE;
    }

    public boolean dueSoon() {
        return due == DueState.DUE_SOON;
    }
}
