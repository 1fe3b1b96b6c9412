package org.coopflow.request;

import java.time.Instant;

/** A row of a request list. */
public record RequestSummary(Long id, String reference, String partnerOrg, String countryCode, String sector,
                             String title, RequestStatus status, boolean urgent, Instant createdAt) {

    static RequestSummary of(CooperationRequest r) {
        return new RequestSummary(r.id(), r.reference(), r.partnerOrg(), r.countryCode(), r.sectorCode(), r.title(),
                r.status(), r.urgent(), r.createdAt());
    }
}
