package org.coopflow.identity;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * Ends a user's sessions on every node (they live in the shared database): when an administrator disables an account
 * or resets its password or second factor, and — except the current one — when users change their own password.
 */
@Service
public class Sessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

    Sessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        this.repository = repository;
    }

    public void endAll(String username, String exceptSessionId) {
        FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
        if (sessions == null) {
            return;
        }
        Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
        for (String id : found.keySet()) {
            if (!id.equals(exceptSessionId)) {
                sessions.deleteById(id);
            }
        }
    }
}
