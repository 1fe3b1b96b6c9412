package org.coopflow.obligation;

/** The coordinator recorded the term of a signed MOU (in force from, expiry, renewal notice). */
public record MouTermRecorded(Long requestId, Long termId) {
}
