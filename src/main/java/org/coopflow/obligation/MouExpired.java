package org.coopflow.obligation;

/** The MOU's expiry date passed. */
public record MouExpired(Long requestId, Long termId) {
}
