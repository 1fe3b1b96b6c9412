package org.coopflow.audit;

import java.util.List;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestService;
import org.coopflow.web.ForbiddenException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public API v1: a request's audit timeline, for managers and the officials of the agencies involved. */
@RestController
class HistoryController {

    private final RequestService requests;
    private final Timeline timeline;

    HistoryController(RequestService requests, Timeline timeline) {
        this.requests = requests;
        this.timeline = timeline;
    }

    @GetMapping("/api/v1/requests/{id}/history")
    List<TimelineEntry> history(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id) {
        CooperationRequest request = requests.visible(me.user(), id);
        if (!mayAudit(me.user(), request)) {
            throw new ForbiddenException("history.forbidden");
        }
        return timeline.of(request.id(), request.reference());
    }

    private boolean mayAudit(CurrentUser user, CooperationRequest request) {
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
