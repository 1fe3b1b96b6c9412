package org.coopflow.request;

import java.util.Arrays;
import java.util.List;

import org.coopflow.reference.ReferenceKind;
import org.coopflow.reference.ReferenceUsage;
import org.springframework.stereotype.Component;

/** Requests that name a reference code: a partner's, an agency's (routed to it), of a sector, modality or language. */
@Component
class RequestReferenceUsage implements ReferenceUsage {

    private static final List<String> CLOSED = Arrays.stream(RequestStatus.values()).filter(RequestStatus::isClosed)
            .map(Enum::name).toList();
    private static final int REFERENCES_NAMED = 5;

    private final RequestUsageMapper mapper;

    RequestReferenceUsage(RequestUsageMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Use> usesOf(ReferenceKind kind, String code) {
        if (kind == ReferenceKind.EXPERT) {
            return List.of();
        }
        long all = mapper.count(kind.name(), code, null);
        if (all == 0) {
            return List.of();
        }
        List<String> open = mapper.openReferences(kind.name(), code, CLOSED, REFERENCES_NAMED);
        long openCount = open.isEmpty() ? 0 : mapper.count(kind.name(), code, CLOSED);
        return List.of(new Use("reference.use.requests", all, openCount, open));
    }
}
