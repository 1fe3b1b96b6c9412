package org.coopflow.bench;

import java.util.Arrays;

/** Latencies of one measured operation (nanoseconds), and the wall time they took together. */
final class Samples {

    private final long[] nanos;
    private final long wallNanos;

    Samples(long[] nanos, long wallNanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
        this.wallNanos = wallNanos;
    }

    static Samples concat(Samples... parts) {
        int n = 0;
        long wall = 0;
        for (Samples p : parts) {
            n += p.nanos.length;
            wall += p.wallNanos;
        }
        long[] all = new long[n];
        int i = 0;
        for (Samples p : parts) {
            System.arraycopy(p.nanos, 0, all, i, p.nanos.length);
            i += p.nanos.length;
        }
        return new Samples(all, wall);
    }

    int count() {
        return nanos.length;
    }

    double medianMs() {
        return percentileMs(50);
    }

    double p95Ms() {
        return percentileMs(95);
    }

    /** Nearest-rank percentile. */
    double percentileMs(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    /** Operations per second over the wall time (for concurrent batches: all threads together). */
    double perSecond() {
        return wallNanos == 0 ? Double.NaN : nanos.length / (wallNanos / 1e9);
    }

    double wallSeconds() {
        return wallNanos / 1e9;
    }
}
