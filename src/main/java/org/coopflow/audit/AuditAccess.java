package org.coopflow.audit;

import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestService;
import org.coopflow.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/** Who may read a request's audit history: managers, and the officials of the agencies involved. */
@Component
public class AuditAccess {

    private final RequestService requests;

    AuditAccess(RequestService requests) {
        this.requests = requests;
    }

    /**
     * The request if this user may audit it: 404 when the request is not visible to them at all, 403 when
     * they see it but not its history (a partner, an official of an agency not involved).
     */
    public CooperationRequest auditable(CurrentUser user, Long requestId) {
        CooperationRequest request = requests.visible(user, requestId);
        if (!mayAudit(user, request)) {
            throw new ForbiddenException("history.forbidden");
        }
        return request;
    }

    public boolean mayAudit(CurrentUser user, CooperationRequest request) {
        if (user.has(Role.MANAGER)) {
            return true;
        }
        if (user.isPartner()) {
            return false;
        }
        return requests.agenciesOf(request.id()).stream()
                .anyMatch(a -> a.agencyCode().equals(user.organisationCode()));
    }
}
