package org.coopflow.mou;

/** The coordinator recorded the MOU's signing. */
public record MouSigned(Long requestId, Long signingId) {
}
