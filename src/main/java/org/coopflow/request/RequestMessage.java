package org.coopflow.request;

import java.time.Instant;

/**
 * A message of a request's conversation, as its author wrote it. An official's message to a partner that reads neither
 * Korean nor English is {@link MessageStatus#AT_DESK} until the translation desk's verified text goes with it; the
 * partner never sees it before.
 */
public record RequestMessage(Long id, Long requestId, String author, String authorOrg, String body, Instant createdAt,
                             MessageStatus status) {

    public boolean sent() {
        return status == null || status == MessageStatus.SENT;
    }
}
