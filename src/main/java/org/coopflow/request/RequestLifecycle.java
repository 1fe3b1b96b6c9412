package org.coopflow.request;

import java.time.Clock;
import java.util.List;

import org.coopflow.shared.PageMemo;
import org.coopflow.shared.TransactionMemo;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The request's status and routing as the process moves it. Each change is published as an event in the same
 * transaction, so the audit trail, the read models and the notifications see every change exactly once.
 */
@Service
public class RequestLifecycle {

    private final RequestMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestLifecycle(RequestMapper mapper, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The request, read once per page or per transaction: a step's listeners each look it up; a write of it in the
     * transaction ({@link RequestRowWrites}) makes the next look-up read it again.
     */
    public CooperationRequest find(Long requestId) {
        return PageMemo.get("request", requestId,
                id -> TransactionMemo.get(RequestRowWrites.MEMO, id, mapper::findById));
    }

    /** Moves an open request to a status; a closed request stays closed. */
    public void moveTo(Long requestId, RequestStatus status) {
        CooperationRequest request = mapper.findById(requestId);
        if (request != null && request.status() != status && !request.status().isClosed()) {
            mapper.updateStatus(requestId, status, clock.instant());
            events.publishEvent(new RequestStatusChanged(requestId, request.status(), status));
        }
    }

    /** Closes the request; a reason given earlier (a withdrawal's) is kept when none is given now. */
    public void close(Long requestId, RequestStatus status, String reason) {
        CooperationRequest request = mapper.findById(requestId);
        if (request.status() == status) {
            return;
        }
        mapper.close(requestId, status, reason != null ? reason : request.closingReason(), clock.instant());
        events.publishEvent(new RequestStatusChanged(requestId, request.status(), status));
        events.publishEvent(new RequestClosed(requestId, status));
    }

    public List<RequestAgency> agencies(Long requestId) {
        return mapper.findAgencies(requestId);
    }

    public String leadAgency(Long requestId) {
        return agencies(requestId).stream().filter(RequestAgency::lead).map(RequestAgency::agencyCode).findFirst()
                .orElse(null);
    }

    public List<String> supportingAgencies(Long requestId) {
        return agencies(requestId).stream().filter(a -> !a.lead()).map(RequestAgency::agencyCode).toList();
    }

    /**
     * Replaces the lead and supporting agencies: the routing decision's ({@code by} null) or an official's override
     * ({@code by} names them). Nothing happens when the routing stays as it is.
     */
    public void route(Long requestId, String leadAgency, List<String> supportingAgencies, String by) {
        List<String> supporting = supportingAgencies.stream().filter(a -> !a.equals(leadAgency)).distinct().toList();
        List<RequestAgency> current = mapper.findAgencies(requestId);
        if (!current.isEmpty() && java.util.Objects.equals(leadAgency, leadAgency(requestId))
                && supporting.stream().sorted().toList().equals(supportingAgencies(requestId).stream().sorted().toList())) {
            return;
        }
        mapper.deleteAgencies(requestId);
        if (leadAgency != null) {
            mapper.insertAgency(requestId, leadAgency, true);
        }
        supporting.forEach(a -> mapper.insertAgency(requestId, a, false));
        events.publishEvent(new RequestRouted(requestId, by, current));
    }
}
