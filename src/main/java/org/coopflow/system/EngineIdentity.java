package org.coopflow.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.coopflow.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the calling user, so the engine's history and user operation log record who
 * claimed, completed or started what (the engine is thread-bound: always cleared afterwards).
 */
@Component
public class EngineIdentity {

    private final IdentityService identityService;

    EngineIdentity(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T as(CurrentUser user, Supplier<T> action) {
        identityService.setAuthentication(user.username(), user.groupList());
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void run(CurrentUser user, Runnable action) {
        as(user, () -> {
            action.run();
            return null;
        });
    }

    /** Who acts when nobody does: timers, the routing decision, the process moving on. */
    public static final String SYSTEM = "system";

    /** The user the engine is acting for (inside delegates), or null for the engine's own jobs. */
    public String currentUserId() {
        var authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /** The user acting now, or {@link #SYSTEM} for the engine's own jobs (timers). */
    public String actor() {
        String user = currentUserId();
        return user == null ? SYSTEM : user;
    }

    /**
     * Who completes a task: the authenticated user (CoopFlow's services), else the task's assignee (a completion
     * through the engine's own API names nobody), else {@link #SYSTEM}.
     */
    public String actorOf(DelegateTask task) {
        String user = currentUserId();
        if (user != null) {
            return user;
        }
        return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
    }
}
