package org.coopflow.monitoring;

/** Open tasks of one step that count for one agency, and how many of them are overdue. */
record AgencyStepTasks(String agency, String step, long openTasks, long overdueTasks) {
}
