package org.coopflow.dashboard;

import java.util.Arrays;

/**
 * The buckets of the stage-duration histogram (dashboard_duration_bucket, V160, holds the same bounds): one minute
 * wide up to 20 minutes, then each 5% wider than the one before, up to ten years; the last one is open-ended. A
 * median read as the middle of its bucket is within half a bucket of the exact one: 2.5% of it, or 30 seconds.
 */
final class DurationBuckets {

    private static final long LAST_LOWER_BOUND = 10L * 366 * 86_400;

    /** lower[b]: the first second of bucket b. */
    private static final long[] LOWER = bounds();

    private DurationBuckets() {
    }

    private static long[] bounds() {
        long[] lower = new long[512];
        int n = 0;
        for (long second = 0; second <= LAST_LOWER_BOUND; second = Math.max(second + 60, second + second / 20)) {
            lower[n++] = second;
        }
        return Arrays.copyOf(lower, n);
    }

    static int count() {
        return LOWER.length;
    }

    static int of(long seconds) {
        int found = Arrays.binarySearch(LOWER, Math.max(0, seconds));
        return found >= 0 ? found : -found - 2;
    }

    static long lower(int bucket) {
        return LOWER[bucket];
    }

    /** The first second past the bucket ({@link Long#MAX_VALUE} for the last, open-ended one). */
    static long upper(int bucket) {
        return bucket + 1 < LOWER.length ? LOWER[bucket + 1] : Long.MAX_VALUE;
    }

    /** The value a median in this bucket is reported as: its middle (the last bucket: its lower bound). */
    static double middle(int bucket) {
        return bucket + 1 < LOWER.length ? (LOWER[bucket] + LOWER[bucket + 1]) / 2.0 : LOWER[bucket];
    }
}
