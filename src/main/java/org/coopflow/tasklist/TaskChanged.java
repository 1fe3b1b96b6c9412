package org.coopflow.tasklist;

/** Any of the task list's events about one task: what a listener needs to look the task up again. */
public interface TaskChanged {

    String taskId();
}
