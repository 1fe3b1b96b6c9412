package org.coopflow.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
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

    /** The user the engine is acting for (inside delegates), or null for the engine's own jobs. */
    public String currentUserId() {
        var authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
