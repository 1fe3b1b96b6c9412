package org.coopflow.tasklist;

/**
 * The request a task is about, as the top of the task page shows it.
 *
 * @param substitutes the people the task is also offered to as substitutes of an absent official
 * @param standIn     the reader is one of them
 */
record TaskSummary(OpenTask task, String title, String countryName, DueState due, String assigneeName,
                   java.util.List<String> substitutes, boolean standIn) {

    public boolean overdue() {
        return due == DueState.OVERDUE;
    }

    public boolean dueSoon() {
        return due == DueState.DUE_SOON;
    }
}
