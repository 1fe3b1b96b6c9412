package org.coopflow.request;

/** The partner asked to withdraw the request, with a reason kept on the request; the process then closes it. */
public record WithdrawalRequested(Long requestId, String by) {
}
