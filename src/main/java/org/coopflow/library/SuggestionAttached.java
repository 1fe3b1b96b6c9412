package org.coopflow.library;

/** An official attached a suggested similar past request to a request (the audit trail records it). */
public record SuggestionAttached(Long requestId, Long suggestionId) {
}
