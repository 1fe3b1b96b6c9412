package org.coopflow.audit;

import java.util.List;
import java.util.Locale;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.request.CooperationRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public API v1: a request's audit timeline, for managers and the officials of the agencies involved: each line with
 * its stable codes (the entry) and its words in the caller's language.
 */
@RestController
class HistoryController {

    private final Timeline timeline;
    private final AuditAccess access;

    HistoryController(Timeline timeline, AuditAccess access) {
        this.timeline = timeline;
        this.access = access;
    }

    @GetMapping("/api/v1/requests/{id}/history")
    List<TimelineLine> history(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                               @RequestParam(defaultValue = "ALL") TimelineFilter show, Locale locale) {
        CooperationRequest request = access.auditable(me.user(), id);
        return timeline.of(request.id(), show.categories(), locale);
    }
}
