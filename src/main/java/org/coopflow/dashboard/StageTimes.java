package org.coopflow.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.session.ResultContext;
import org.apache.ibatis.session.ResultHandler;
import org.coopflow.dashboard.Dashboard.StageCycleTime;
import org.coopflow.request.RequestStatus;

/**
 * Cycle time per stage from the audit trail's status changes, read one row at a time in request order: a
 * request was in the status a change leaves ("SCREENING" of "SCREENING → ASSIGNING_EXPERTS") from the
 * change before it (or its submission) until this change. Stays in one stage are summed per request, so a
 * request screened twice around a clarification is one request with its whole screening time.
 */
class StageTimes implements ResultHandler<StatusChange> {

    /** The stages reported: SUBMITTED lasts only as long as the submission's own transaction. */
    static final List<RequestStatus> STAGES = List.of(RequestStatus.SCREENING, RequestStatus.AWAITING_PARTNER,
            RequestStatus.ASSIGNING_EXPERTS, RequestStatus.CONSULTATION, RequestStatus.MOU_DRAFTING,
            RequestStatus.FOLLOW_UP);

    private static final String ARROW = " → ";
    private static final double SECONDS_PER_DAY = 86_400.0;

    private final Map<RequestStatus, List<Long>> secondsPerRequest = new EnumMap<>(RequestStatus.class);
    private final Map<RequestStatus, Long> currentRequestSeconds = new EnumMap<>(RequestStatus.class);
    private Long currentRequest;
    private Instant previousChange;

    @Override
    public void handleResult(ResultContext<? extends StatusChange> context) {
        add(context.getResultObject());
    }

    void add(StatusChange change) {
        if (!change.requestId().equals(currentRequest)) {
            closeRequest();
            currentRequest = change.requestId();
            previousChange = change.requestCreatedAt();
        }
        RequestStatus left = leftStatus(change.details());
        if (left != null && previousChange != null && change.changedAt() != null) {
            long seconds = Math.max(0, Duration.between(previousChange, change.changedAt()).getSeconds());
            currentRequestSeconds.merge(left, seconds, Long::sum);
        }
        previousChange = change.changedAt();
    }

    List<StageCycleTime> result() {
        closeRequest();
        List<StageCycleTime> result = new ArrayList<>();
        for (RequestStatus stage : STAGES) {
            List<Long> seconds = secondsPerRequest.getOrDefault(stage, List.of());
            result.add(seconds.isEmpty() ? new StageCycleTime(stage, 0, null, null)
                    : new StageCycleTime(stage, seconds.size(), days(median(seconds)), days(average(seconds))));
        }
        return result;
    }

    private void closeRequest() {
        currentRequestSeconds.forEach((stage, seconds) ->
                secondsPerRequest.computeIfAbsent(stage, s -> new ArrayList<>()).add(seconds));
        currentRequestSeconds.clear();
    }

    /** The status before the arrow; null for details this report does not understand (never fails the page). */
    private static RequestStatus leftStatus(String details) {
        int arrow = details == null ? -1 : details.indexOf(ARROW);
        if (arrow < 0) {
            return null;
        }
        try {
            return RequestStatus.valueOf(details.substring(0, arrow).strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private static double average(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    /** Days to two decimals (about a quarter of an hour): finer than anyone reads a cycle time. */
    private static double days(double seconds) {
        return Math.round(seconds / SECONDS_PER_DAY * 100) / 100.0;
    }
}
