package org.coopflow.request;

/** The request moved from one status to another (the process moved, or the request was closed). */
public record RequestStatusChanged(Long requestId, RequestStatus from, RequestStatus to) {
}
