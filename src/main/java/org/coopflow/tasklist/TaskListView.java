package org.coopflow.tasklist;

/** Which tasks a list shows: all of mine, those assigned to me, or those offered to my groups. */
public enum TaskListView {
    ALL, ASSIGNED, OFFERED
}
