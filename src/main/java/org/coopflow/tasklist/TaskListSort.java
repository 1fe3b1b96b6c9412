package org.coopflow.tasklist;

/** Order of a task list: due soonest first (the default), or the longest-waiting first. */
public enum TaskListSort {
    DUE, CREATED
}
