package org.coopflow.audit;

import org.coopflow.library.AttachedSuggestion;
import org.coopflow.library.SuggestionAttached;
import org.coopflow.library.Suggestions;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audit lines of the library on a request's timeline: a similar past request attached to it, named by reference and
 * title (the line's other party), why it was similar (the decision), and the words in common beneath.
 */
@Component
class LibraryAudit {

    private final AuditTrail audit;
    private final Suggestions suggestions;
    private final RequestLifecycle requests;

    LibraryAudit(AuditTrail audit, Suggestions suggestions, RequestLifecycle requests) {
        this.audit = audit;
        this.suggestions = suggestions;
        this.requests = requests;
    }

    @EventListener
    void onSuggestionAttached(SuggestionAttached event) {
        AttachedSuggestion suggestion = suggestions.attachedSuggestion(event.suggestionId());
        CooperationRequest past = requests.find(suggestion.suggestedRequestId());
        audit.write(audit.line(event.requestId(), AuditEventType.SUGGESTION_ATTACHED, suggestion.attachedBy())
                .decision(suggestion.reasonCode())
                .counterpart(null, past.reference() + " “" + past.title() + "”")
                .reason(suggestion.sharedWords()));
    }
}
