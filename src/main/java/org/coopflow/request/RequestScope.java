package org.coopflow.request;

import java.util.List;

import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;

/**
 * Which requests a user may see, as the SQL filter every request query applies:
 * a partner its organisation's; intake those in screening and those it has screened; coordinators and experts those their agency
 * leads or supports (experts also those they are assigned to); legal those with an MOU draft; managers all.
 */
public record RequestScope(boolean all, String partnerOrg, boolean intake, List<String> agencies,
                           String expert, boolean legal) {

    /** The statuses of a request in intake's hands. */
    public static final java.util.Set<RequestStatus> IN_SCREENING = java.util.EnumSet.of(RequestStatus.SUBMITTED,
            RequestStatus.SCREENING, RequestStatus.AWAITING_PARTNER);

    public static RequestScope of(CurrentUser user) {
        if (user.has(Role.MANAGER)) {
            return new RequestScope(true, null, false, List.of(), null, false);
        }
        String partnerOrg = user.isPartner() ? user.organisationCode() : null;
        java.util.Set<String> agencies = new java.util.TreeSet<>(user.coordinatedAgencies());
        agencies.addAll(user.expertAgencies());
        return new RequestScope(false, partnerOrg, user.has(Role.INTAKE), List.copyOf(agencies),
                user.has(Role.EXPERT) ? user.username() : null, user.has(Role.LEGAL));
    }
}
