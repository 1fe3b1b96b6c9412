package org.coopflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs an operation sequentially or from several client threads and times every call. */
final class Load {

    @FunctionalInterface
    interface Op {
        void run(int thread, int i) throws Exception;
    }

    private Load() {
    }

    /** Warm-up calls (not recorded), then {@code iterations} timed calls, one after another. */
    static Samples sequential(int warmup, int iterations, Op op) throws Exception {
        for (int i = 0; i < warmup; i++) {
            op.run(0, -1 - i);
        }
        long[] nanos = new long[iterations];
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            op.run(0, i);
            nanos[i] = System.nanoTime() - t;
        }
        return new Samples(nanos, System.nanoTime() - start);
    }

    /**
     * Warm-up until the code is compiled, not for a fixed count: at least {@code minCalls}, and on until
     * {@code millis} have passed (the JIT needs thousands of calls of a path before it is fast).
     */
    static void warmUp(int minCalls, long millis, Op op) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (int i = 0; i < minCalls || System.nanoTime() < deadline; i++) {
            op.run(0, -1 - i);
        }
    }

    /** How a warm-up until the compilers settle ended. */
    record WarmUp(int callsPerOp, boolean settled, double lastCycleJitShare) {
        String describe() {
            return "%d calls of each side, %s (the JIT busy %.0f%% of the last cycle's time)".formatted(callsPerOp,
                    settled ? "settled" : "not settled at the cap", 100 * lastCycleJitShare);
        }
    }

    /**
     * Warm-up until the JIT has settled, for paths whose per-call code runs once per call (a submission: the HTTP
     * stack, the engine's start, every listener). A fixed few dozen calls measure the compilers, not the code: for
     * minutes C2 compiles on one of the 2 cores, and a path with more code (HTTP, JSON, the business writes) stays
     * interpreted longer than a bare engine call. The sides share most of their code, so they are warmed together,
     * in cycles of {@code batch} calls of each, until a cycle passes with the compilers busy for less than
     * {@code quietShare} of its wall time (or {@code maxCalls} of each).
     * <p>
     * A cycle runs each side as it is measured: one client after the other, with every client index (the clients
     * of a side may differ, e.g. in their partner and language), then {@code threads} clients at once: warmed with
     * one client only, the measured 4-client batches met code the JIT had not compiled yet.
     */
    static WarmUp warmUpUntilCompiled(List<Op> ops, int batch, int threads, double quietShare, int maxCalls)
            throws Exception {
        int perThread = (batch + threads - 1) / threads;
        int calls = 0;
        double share = 1;
        while (calls < maxCalls) {
            long jit = Jit.millis();
            long t = System.nanoTime();
            for (Op op : ops) {
                for (int i = 0; i < batch; i++) {
                    op.run(i % threads, -1 - calls - i);
                }
                concurrent(threads, perThread, op);
            }
            calls += batch + threads * perThread;
            share = (Jit.millis() - jit) / (double) Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
            if (share < quietShare) {
                return new WarmUp(calls, true, share);
            }
        }
        return new WarmUp(calls, false, share);
    }

    /** Like {@link #sequential} but stops early (after at least {@code min} calls) once {@code budgetMs} is spent. */
    static Samples sequentialWithin(int warmup, int min, int max, long budgetMs, Op op) throws Exception {
        for (int i = 0; i < warmup; i++) {
            op.run(0, -1 - i);
        }
        List<Long> nanos = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(budgetMs);
        for (int i = 0; i < max && (i < min || System.nanoTime() < deadline); i++) {
            long t = System.nanoTime();
            op.run(0, i);
            nanos.add(System.nanoTime() - t);
        }
        return new Samples(nanos.stream().mapToLong(Long::longValue).toArray(), System.nanoTime() - start);
    }

    /** {@code threads} clients released together, each making {@code perThread} calls. */
    static Samples concurrent(int threads, int perThread, Op op) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            long[] nanos = new long[threads * perThread];
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        long s = System.nanoTime();
                        op.run(thread, i);
                        nanos[thread * perThread + i] = System.nanoTime() - s;
                    }
                    return null;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
            return new Samples(nanos, System.nanoTime() - start);
        } finally {
            pool.shutdownNow();
        }
    }
}
