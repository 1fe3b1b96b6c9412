package org.coopflow.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.coopflow.dashboard.Dashboard.AgencyRequests;
import org.coopflow.dashboard.Dashboard.MouYear;
import org.coopflow.mou.MouSigned;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestAgency;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestRouted;
import org.coopflow.request.RequestStatus;
import org.coopflow.request.RequestStatusChanged;
import org.coopflow.request.RequestSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The dashboard's roll-ups (V160): its figures already added up per sector and country, kept in the business
 * transaction by these listeners, so an unfiltered dashboard reads a few thousand rows whatever the history.
 * <p>
 * Every change is an increment ({@code INSERT ... ON DUPLICATE KEY UPDATE n = n + delta}): no read-modify-write, so
 * two nodes changing the same figure at once both count. Where one change moves a count between two rows (a status
 * change, a new routing, a corrected signing, a stage's time growing into the next bucket) the rows are touched in
 * the order of their keys, so two transactions moving counts in opposite directions wait for each other instead of
 * deadlocking. The request and agency counts, which every submission increments, are striped over {@link #SLOTS} rows
 * per group (by request: one request's changes stay in one slot).
 */
@Component
class DashboardRollups {

    /** Rows per group in dashboard_request_count and dashboard_agency_count: the request's id modulo this. */
    static final int SLOTS = 8;

    private static final Set<RequestStatus> REPORTED = Set.copyOf(Dashboards.STAGES);

    private final DashboardRollupMapper mapper;
    private final RequestLifecycle lifecycle;

    DashboardRollups(DashboardRollupMapper mapper, RequestLifecycle lifecycle) {
        this.mapper = mapper;
        this.lifecycle = lifecycle;
    }

    @EventListener
    void onSubmitted(RequestSubmitted submitted) {
        CooperationRequest request = lifecycle.find(submitted.requestId());
        mapper.addRequests(request.sectorCode(), request.countryCode(), request.status().name(), slot(request), 1);
    }

    @EventListener
    void onStatusChanged(RequestStatusChanged change) {
        CooperationRequest request = lifecycle.find(change.requestId());
        Map<String, Long> deltas = new TreeMap<>();
        deltas.merge(change.from().name(), -1L, Long::sum);
        deltas.merge(change.to().name(), 1L, Long::sum);
        deltas.forEach((status, delta) -> {
            if (delta != 0) {
                mapper.addRequests(request.sectorCode(), request.countryCode(), status, slot(request), delta);
            }
        });
    }

    /** The routing replaced: the previous agencies count one less, the new ones one more (net, in key order). */
    @EventListener
    void onRouted(RequestRouted routed) {
        CooperationRequest request = lifecycle.find(routed.requestId());
        Map<String, Long> deltas = new TreeMap<>();
        routed.previous().forEach(a -> deltas.merge(agencyKey(a), -1L, Long::sum));
        lifecycle.agencies(routed.requestId()).forEach(a -> deltas.merge(agencyKey(a), 1L, Long::sum));
        deltas.forEach((key, delta) -> {
            if (delta != 0) {
                mapper.addAgencyRequests(key.substring(2), key.charAt(0) == 'L', request.sectorCode(),
                        request.countryCode(), slot(request), delta);
            }
        });
    }

    /** A request's MOU counts in the year of its latest signing: a corrected signing moves it. */
    @EventListener
    void onMouSigned(MouSigned signed) {
        CooperationRequest request = lifecycle.find(signed.requestId());
        LocalDate previous = mapper.signedOnBefore(signed.requestId(), signed.signingId());
        LocalDate now = mapper.signedOn(signed.signingId());
        Map<Integer, Long> deltas = new TreeMap<>();
        if (previous != null) {
            deltas.merge(previous.getYear(), -1L, Long::sum);
        }
        deltas.merge(now.getYear(), 1L, Long::sum);
        deltas.forEach((year, delta) -> {
            if (delta != 0) {
                mapper.addMous(year, request.sectorCode(), request.countryCode(), delta);
            }
        });
    }

    /**
     * The request left a stage after {@code seconds} there (StageTimeProjection, in the same transaction):
     * {@code before} is its time in the stage from earlier stays, null the first time.
     */
    void stageLeft(RequestStatus stage, String sector, String country, Long before, long seconds) {
        if (!REPORTED.contains(stage)) {
            return;
        }
        mapper.addStageTotal(stage.name(), sector, country, before == null ? 1 : 0, seconds);
        int to = DurationBuckets.of((before == null ? 0 : before) + seconds);
        if (before == null) {
            mapper.addStageBucket(stage.name(), to, sector, country, 1);
            mapper.addStageBucketOfAll(stage.name(), to, 1);
            return;
        }
        int from = DurationBuckets.of(before);
        if (from != to) {
            // from < to: seconds only grow, so this is the key order too (one table after the other, always so)
            mapper.addStageBucket(stage.name(), from, sector, country, -1);
            mapper.addStageBucket(stage.name(), to, sector, country, 1);
            mapper.addStageBucketOfAll(stage.name(), from, -1);
            mapper.addStageBucketOfAll(stage.name(), to, 1);
        }
    }

    List<RequestGroup> countRequests(DashboardFilter filter) {
        return mapper.countRequests(filter);
    }

    List<AgencyRequests> countByAgency(DashboardFilter filter) {
        return mapper.countByAgency(filter);
    }

    List<StageTotal> stageTotals(DashboardFilter filter, List<String> stages) {
        return mapper.stageTotals(filter, stages);
    }

    /** Per stage, its histogram's non-empty buckets in ascending order. */
    Map<String, List<StageBucket>> stageHistograms(DashboardFilter filter, List<String> stages) {
        return mapper.stageHistogram(filter, stages).stream()
                .collect(Collectors.groupingBy(StageBucket::stage, TreeMap::new, Collectors.toList()));
    }

    List<MouYear> mousSignedPerYear(DashboardFilter filter) {
        return mapper.mousSignedPerYear(filter);
    }

    private static int slot(CooperationRequest request) {
        return (int) Math.floorMod(request.id(), (long) SLOTS);
    }

    /** "L:" or "S:" and the agency: the lead rows sort before the supporting ones, each by agency code. */
    private static String agencyKey(RequestAgency agency) {
        return (agency.lead() ? "L:" : "S:") + agency.agencyCode();
    }

    /** Requests that left a stage and the sum of their seconds there. */
    record StageTotal(String stage, long requests, long seconds) {
    }

    /** Requests whose time in a stage falls in one bucket of {@link DurationBuckets}. */
    record StageBucket(String stage, int bucket, long requests) {
    }
}
