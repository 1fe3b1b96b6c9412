package org.coopflow.bench;

import java.util.Arrays;

/**
 * How big a benchmark run is: {@code -Dbench.size=full} (default: 20k and 100k open requests, 1M historic
 * process instances; 10–20 minutes on 2 cores) or {@code quick} (a smoke of the harness for CI). Single
 * values can be overridden: {@code -Dbench.open-requests=20000,100000 -Dbench.historic-instances=1000000
 * -Dbench.finished-per-open=1.67}.
 *
 * @param finishedPerOpen finished requests seeded per open request, with their whole history (for the dashboard):
 *                        5/3 by default, about two years of an installation whose requests stay open nine months
 *                        on average — and the same ~167k finished requests at 100k open as the 1M historic process
 *                        instances (six per request) stand for
 * @param submissionWarmUpMax at most this many warm-up submissions per side before part 1 is measured (fewer once
 *                        the JIT settles; see {@link Load#warmUpUntilCompiled})
 * @param dashboardCalls  measured calls of each dashboard variant (API and page, all requests and filtered)
 * @param pageCalls       measured calls of each page at 10× scale (search, request page, task list page, timeline
 *                        CSV and PDF, dashboard)
 */
record BenchSize(String name, int[] openRequests, int historicInstances, double finishedPerOpen,
                 int submissionRounds, int submissionsPerThread, int submissionWarmUpMax, int listIterations,
                 int rawListMax, long rawListBudgetMs, int roundTrips, int historyIterations, int dashboardCalls,
                 int jarLoadRequests, int pageCalls) {

    private static final double FINISHED_PER_OPEN = 5.0 / 3;

    static BenchSize fromSystemProperties() {
        String name = System.getProperty("bench.size", "full");
        BenchSize size = switch (name) {
            case "quick" -> new BenchSize("quick", new int[] {2_000, 10_000}, 50_000, FINISHED_PER_OPEN, 2, 6, 50, 40,
                    15, 10_000, 20, 40, 12, 40, 9);
            case "full" -> new BenchSize("full", new int[] {20_000, 100_000}, 1_000_000, FINISHED_PER_OPEN, 4, 12, 1500,
                    100, 25, 30_000, 50, 100, 60, 200, 30);
            default -> throw new IllegalArgumentException("bench.size is quick or full, not " + name);
        };
        String open = System.getProperty("bench.open-requests");
        if (open != null && !open.isBlank()) {
            size = size.with(Arrays.stream(open.split(",")).map(String::strip)
                    .mapToInt(Integer::parseInt).sorted().toArray(), size.historicInstances, size.finishedPerOpen);
        }
        String historic = System.getProperty("bench.historic-instances");
        if (historic != null && !historic.isBlank()) {
            size = size.with(size.openRequests, Integer.parseInt(historic.strip()), size.finishedPerOpen);
        }
        String finished = System.getProperty("bench.finished-per-open");
        if (finished != null && !finished.isBlank()) {
            size = size.with(size.openRequests, size.historicInstances, Double.parseDouble(finished.strip()));
        }
        return size;
    }

    /** Finished requests seeded along with {@code open} open ones. */
    int finishedRequestsFor(int open) {
        return (int) Math.round(open * finishedPerOpen);
    }

    private BenchSize with(int[] open, int historic, double finished) {
        return new BenchSize(name, open, historic, finished, submissionRounds, submissionsPerThread,
                submissionWarmUpMax, listIterations, rawListMax, rawListBudgetMs, roundTrips, historyIterations,
                dashboardCalls, jarLoadRequests, pageCalls);
    }
}
