package org.coopflow.dashboard;

import java.time.Duration;
import java.time.Instant;

import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestStatus;
import org.coopflow.request.RequestStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The dashboard's projection of status changes, kept in the change's transaction: one status_change row per change,
 * and per request and stage the time spent there so far (stage_time), so cycle times are a single aggregate with no
 * per-call work growing with the history. The request row the change just updated is locked by then, so the
 * read-then-write here cannot race with another change of the same request. The roll-ups of stage times
 * (DashboardRollups) move with each row, in the same transaction.
 */
@Component
class StageTimeProjection {

    private final DashboardMapper mapper;
    private final RequestLifecycle lifecycle;
    private final DashboardRollups rollups;

    StageTimeProjection(DashboardMapper mapper, RequestLifecycle lifecycle, DashboardRollups rollups) {
        this.mapper = mapper;
        this.lifecycle = lifecycle;
        this.rollups = rollups;
    }

    /** The request row holds the change's time (RequestLifecycle updated it just before publishing). */
    @EventListener
    void onStatusChanged(RequestStatusChanged change) {
        record(change.requestId(), change.from(), change.to(), lifecycle.find(change.requestId()).updatedAt());
    }

    /** The request left {@code from} for {@code to} at {@code at}: its stay in {@code from} is added up. */
    void record(Long requestId, RequestStatus from, RequestStatus to, Instant at) {
        CooperationRequest request = lifecycle.find(requestId);
        Instant entered = mapper.lastChangeAt(requestId);
        Instant since = entered != null ? entered : request.createdAt();
        long seconds = Math.max(0, Duration.between(since, at).getSeconds());
        Long before = mapper.stageSecondsOf(requestId, from.name());
        mapper.insertStatusChange(requestId, from.name(), to.name(), at);
        if (before != null) {
            mapper.addStageTime(requestId, from.name(), seconds);
        } else {
            mapper.insertStageTime(requestId, from.name(), seconds, request.sectorCode(), request.countryCode(),
                    request.createdAt());
        }
        rollups.stageLeft(from, request.sectorCode(), request.countryCode(), before, seconds);
    }
}
