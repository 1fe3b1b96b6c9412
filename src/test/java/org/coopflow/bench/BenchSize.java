package org.coopflow.bench;

import java.util.Arrays;

/**
 * How big a benchmark run is: {@code -Dbench.size=full} (default: 20k and 100k open requests, 1M historic
 * process instances; under 10 minutes on 2 cores) or {@code quick} (a smoke of the harness for CI). Single
 * values can be overridden: {@code -Dbench.open-requests=20000,100000 -Dbench.historic-instances=1000000}.
 */
record BenchSize(String name, int[] openRequests, int historicInstances, int submissionRounds,
                 int submissionsPerThread, int listIterations, int rawListMax, long rawListBudgetMs,
                 int roundTrips, int historyIterations, int jarLoadRequests) {

    static BenchSize fromSystemProperties() {
        String name = System.getProperty("bench.size", "full");
        BenchSize size = switch (name) {
            case "quick" -> new BenchSize("quick", new int[] {2_000, 10_000}, 50_000, 2, 6, 40, 15, 10_000,
                    20, 40, 40);
            case "full" -> new BenchSize("full", new int[] {20_000, 100_000}, 1_000_000, 3, 12, 100, 25, 30_000,
                    50, 100, 200);
            default -> throw new IllegalArgumentException("bench.size is quick or full, not " + name);
        };
        String open = System.getProperty("bench.open-requests");
        if (open != null && !open.isBlank()) {
            size = size.withOpenRequests(Arrays.stream(open.split(",")).map(String::strip)
                    .mapToInt(Integer::parseInt).sorted().toArray());
        }
        String historic = System.getProperty("bench.historic-instances");
        if (historic != null && !historic.isBlank()) {
            size = size.withHistoricInstances(Integer.parseInt(historic.strip()));
        }
        return size;
    }

    private BenchSize withOpenRequests(int[] counts) {
        return new BenchSize(name, counts, historicInstances, submissionRounds, submissionsPerThread, listIterations,
                rawListMax, rawListBudgetMs, roundTrips, historyIterations, jarLoadRequests);
    }

    private BenchSize withHistoricInstances(int count) {
        return new BenchSize(name, openRequests, count, submissionRounds, submissionsPerThread, listIterations,
                rawListMax, rawListBudgetMs, roundTrips, historyIterations, jarLoadRequests);
    }
}
