package org.coopflow.obligation;

/** The MOU expires soon: the lead coordinator and the managers are told. */
public record MouExpiryNear(Long requestId, Long termId) {
}
