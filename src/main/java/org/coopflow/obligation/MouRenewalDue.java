package org.coopflow.obligation;

/** The MOU's renewal notice period began: the lead coordinator and the managers are told. */
public record MouRenewalDue(Long requestId, Long termId) {
}
