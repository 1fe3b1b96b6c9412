package org.coopflow.tasklist;

/**
 * A line of the task list page: the task with what the page shows beside it.
 *
 * @param standIn the task is offered to me as the substitute of the official who holds it (or was offered it)
 */
record TaskRow(OpenTask task, String name, String countryName, DueState due, String assigneeName, boolean mine,
               boolean standIn) {

    public boolean overdue() {
        return due == DueState.OVERDUE;
    }

    public boolean dueSoon() {
        return due == DueState.DUE_SOON;
    }

    /** Offered to me: nobody holds it yet, or I stand in for whoever does. */
    public boolean claimable() {
        return !mine && (task.assignee() == null || standIn);
    }

    /** A task assigned to me personally (an expert's assignment) has no group to go back to. */
    public boolean unclaimable() {
        return mine && !task.candidateGroups().isEmpty();
    }
}
