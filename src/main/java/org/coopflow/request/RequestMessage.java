package org.coopflow.request;

import java.time.Instant;

public record RequestMessage(Long id, Long requestId, String author, String authorOrg, String body, Instant createdAt) {
}
