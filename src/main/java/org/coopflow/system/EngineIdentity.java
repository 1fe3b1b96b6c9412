package org.coopflow.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.ReservedGroups;
import org.springframework.stereotype.Component;

/**
 * The one place where CoopFlow's own code authenticates to the engine before calling it. Runs engine calls as the
 * calling user, so the engine's history and user operation log record who claimed, completed or started what (the
 * engine is thread-bound: always cleared afterwards).
 * <p>
 * The engine checks authorizations ({@link EngineAuthorizations}): Cockpit and /engine-rest carry only the user's real
 * groups, which may read but not decide. CoopFlow's services have already applied CoopFlow's rules (who may claim,
 * complete, see), so they add the internal {@link ReservedGroups#ENGINE_SERVICE} group, which no account can hold: the
 * engine then runs these commands with its own checks off ({@link EngineAuthorizations.ServiceCallsUnchecked}) — no
 * second, weaker copy of the rules in engine grants, and no authorization joins in the queries of the service calls
 * (the task list reads CoopFlow's read model anyway).
 */
@Component
public class EngineIdentity {

    private final IdentityService identityService;

    EngineIdentity(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T as(CurrentUser user, Supplier<T> action) {
        List<String> groups = new ArrayList<>(user.groupList());
        groups.add(ReservedGroups.ENGINE_SERVICE);
        identityService.setAuthentication(user.username(), groups);
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
