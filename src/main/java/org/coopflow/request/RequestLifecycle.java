package org.coopflow.request;

import java.time.Clock;
import java.util.List;

import org.coopflow.audit.AuditTrail;
import org.springframework.stereotype.Service;

/** Status changes the process makes to a request, each recorded in the audit trail. */
@Service
public class RequestLifecycle {

    private final RequestMapper mapper;
    private final AuditTrail audit;
    private final Clock clock;

    RequestLifecycle(RequestMapper mapper, AuditTrail audit, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.clock = clock;
    }

    public CooperationRequest find(Long requestId) {
        return mapper.findById(requestId);
    }

    public void moveTo(Long requestId, RequestStatus status) {
        CooperationRequest request = mapper.findById(requestId);
        if (request != null && request.status() != status && !request.status().isClosed()) {
            mapper.updateStatus(requestId, status, clock.instant());
            audit.record(requestId, AuditTrail.SYSTEM, "STATUS_CHANGED", request.status() + " → " + status);
        }
    }

    /** Closes the request; a reason given earlier (a withdrawal's) is kept when none is given now. */
    public void close(Long requestId, RequestStatus status, String reason) {
        CooperationRequest request = mapper.findById(requestId);
        mapper.close(requestId, status, reason != null ? reason : request.closingReason(), clock.instant());
        audit.record(requestId, AuditTrail.SYSTEM, "STATUS_CHANGED", request.status() + " → " + status);
    }

    public List<RequestAgency> agencies(Long requestId) {
        return mapper.findAgencies(requestId);
    }

    /** Replaces the lead and supporting agencies (routing decision or intake's override). */
    public void route(Long requestId, String leadAgency, List<String> supportingAgencies) {
        mapper.deleteAgencies(requestId);
        if (leadAgency != null) {
            mapper.insertAgency(requestId, leadAgency, true);
        }
        supportingAgencies.stream().filter(a -> !a.equals(leadAgency)).distinct()
                .forEach(a -> mapper.insertAgency(requestId, a, false));
    }
}
