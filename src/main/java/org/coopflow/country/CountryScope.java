package org.coopflow.country;

import java.util.List;

import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.shared.ForbiddenException;

/**
 * Whose cooperation a country page shows, as the SQL filter of every country query — the same rule as the request
 * pages': managers every request; coordinators the requests their agencies lead or support; a partner only its own
 * organisation's requests (its own country's page only). Anyone else may not read country pages (403).
 */
record CountryScope(boolean all, String partnerOrg, String partnerCountry, List<String> agencies) {

    static CountryScope of(CurrentUser user, String partnerCountry) {
        if (user.has(Role.MANAGER)) {
            return new CountryScope(true, null, null, List.of());
        }
        if (user.isPartner()) {
            return new CountryScope(false, user.organisationCode(), partnerCountry, List.of());
        }
        if (user.has(Role.COORDINATOR) && !user.coordinatedAgencies().isEmpty()) {
            return new CountryScope(false, null, null, List.copyOf(user.coordinatedAgencies()));
        }
        throw new ForbiddenException("countries.forbidden");
    }

    boolean partner() {
        return partnerOrg != null;
    }
}
