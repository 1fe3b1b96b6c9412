package org.coopflow.request;

/** The request ended: COMPLETED, DECLINED, WITHDRAWN or LAPSED. */
public record RequestClosed(Long requestId, RequestStatus status) {
}
