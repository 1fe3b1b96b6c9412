package org.coopflow.reference;

import java.util.Collection;
import java.util.List;

/**
 * What experts have on their hands now, told by the modules that give them work (the assignment stage's nominations
 * and accepted assignments on open requests, the task list's open tasks), for the experts' administration page.
 */
public interface ExpertWorkload {

    /**
     * One piece of open work.
     *
     * @param kind      NOMINATED (an assignment to answer), ACCEPTED (an accepted assignment on an open request) or
     *                  TASK (an open task the expert holds)
     * @param step      the task's key (TASK), else null
     */
    record Work(String username, String kind, Long requestId, String reference, String step) {
    }

    List<Work> openWork(Collection<String> usernames);
}
