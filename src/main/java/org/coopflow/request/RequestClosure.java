package org.coopflow.request;

import java.util.ArrayList;
import java.util.List;

import org.coopflow.notification.Notifier;
import org.springframework.stereotype.Service;

/** Ends a request (completed, declined, withdrawn, lapsed) and notifies the partner and the agencies. */
@Service
public class RequestClosure {

    private final RequestLifecycle lifecycle;
    private final Notifier notifier;

    RequestClosure(RequestLifecycle lifecycle, Notifier notifier) {
        this.lifecycle = lifecycle;
        this.notifier = notifier;
    }

    public void close(Long requestId, RequestStatus status, String reason) {
        lifecycle.close(requestId, status, reason);
        CooperationRequest request = lifecycle.find(requestId);
        List<String> groups = new ArrayList<>();
        groups.add(RequestProcess.partnerGroup(request.partnerOrg()));
        lifecycle.agencies(requestId).forEach(a -> groups.add("coordinator:" + a.agencyCode()));
        notifier.notifyGroups(requestId, groups, "closed." + status.name().toLowerCase(java.util.Locale.ROOT),
                request.reference(), request.title(), request.closingReason() == null ? "" : request.closingReason());
    }
}
