package org.coopflow.obligation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.shared.ForbiddenException;

/**
 * Whose obligations a user sees, as the SQL filter of every register query: managers every MOU's; a partner its own
 * organisation's MOUs (never another partner's); the officials of an agency the MOUs their agency leads and the
 * obligations their agency is responsible for. Administrators without another role see none (403).
 */
public record RegisterScope(boolean all, String partnerOrg, List<String> agencies) {

    public static RegisterScope of(CurrentUser user) {
        if (user.has(Role.MANAGER)) {
            return new RegisterScope(true, null, List.of());
        }
        if (user.isPartner()) {
            return new RegisterScope(false, user.organisationCode(), List.of());
        }
        Set<String> agencies = new TreeSet<>(user.coordinatedAgencies());
        agencies.addAll(user.expertAgencies());
        if (user.has(Role.INTAKE) || user.has(Role.LEGAL) || user.has(Role.COORDINATOR) || user.has(Role.EXPERT)) {
            agencies.add(user.organisationCode());
        }
        if (agencies.isEmpty()) {
            throw new ForbiddenException("obligations.forbidden");
        }
        return new RegisterScope(false, null, List.copyOf(agencies));
    }
}
