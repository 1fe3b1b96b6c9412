package org.coopflow.tasklist;

import java.util.List;

/**
 * The stages a request can have open tasks in, in process order: the choices of the task list's stage filter.
 * The request feature owns the stages and implements this, so the task list does not depend on it.
 */
public interface TaskStages {

    List<String> open();
}
