package org.coopflow.tasklist;

/** A line of the task list page: the task with what the page shows beside it. */
record TaskRow(OpenTask task, String name, String countryName, DueState due, String assigneeName, boolean mine) {

    public boolean overdue() {
        return due == DueState.OVERDUE;
    }

    public boolean dueSoon() {
        return due == DueState.DUE_SOON;
    }

    /** A task assigned to me personally (an expert's assignment) has no group to go back to. */
    public boolean unclaimable() {
        return mine && !task.candidateGroups().isEmpty();
    }
}
