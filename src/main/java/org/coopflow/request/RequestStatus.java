package org.coopflow.request;

import java.util.EnumSet;
import java.util.Set;

/** Where a request stands (PROCESS.md); kept on the request row as the process moves. */
public enum RequestStatus {
    SUBMITTED, SCREENING, AWAITING_PARTNER, ASSIGNING_EXPERTS, CONSULTATION, MOU_DRAFTING, FOLLOW_UP,
    COMPLETED, DECLINED, WITHDRAWN, LAPSED;

    private static final Set<RequestStatus> CLOSED = EnumSet.of(COMPLETED, DECLINED, WITHDRAWN, LAPSED);

    public boolean isClosed() {
        return CLOSED.contains(this);
    }
}
