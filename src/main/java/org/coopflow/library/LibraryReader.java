package org.coopflow.library;

import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.request.RequestScope;
import org.coopflow.shared.ForbiddenException;

/**
 * Which library entries a user may read, as the SQL filter every library query applies (LibraryMapper.xml,
 * "readable"): managers every entry; a partner the documents and outcomes of its own organisation's requests;
 * other officials the entries of the requests they may open ({@link RequestScope}, the request list's own rule)
 * and the entries marked shareable.
 *
 * @param partnerOrg the partner organisation, for partners only
 * @param scope      the requests the official may open (the request module's SQL filter)
 */
public record LibraryReader(boolean all, String partnerOrg, RequestScope scope) {

    /** @throws ForbiddenException for an account without a business role (an administrator) */
    public static LibraryReader of(CurrentUser user) {
        if (user.has(Role.MANAGER)) {
            return new LibraryReader(true, null, RequestScope.of(user));
        }
        if (user.isPartner()) {
            return new LibraryReader(false, user.organisationCode(), RequestScope.of(user));
        }
        if (user.roles().stream().noneMatch(r -> r == Role.INTAKE || r == Role.COORDINATOR || r == Role.EXPERT
                || r == Role.LEGAL)) {
            throw new ForbiddenException("library.forbidden");
        }
        return new LibraryReader(false, null, RequestScope.of(user));
    }

    boolean partner() {
        return partnerOrg != null;
    }
}
