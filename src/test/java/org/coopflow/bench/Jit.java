package org.coopflow.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/** The JIT compilers' accumulated time in this JVM, to tell a warm measurement from one that times the compilers. */
final class Jit {

    private static final CompilationMXBean COMPILATION = ManagementFactory.getCompilationMXBean();

    private Jit() {
    }

    /** Milliseconds spent compiling so far, summed over the compiler threads (so it can outrun the wall clock). */
    static long millis() {
        return COMPILATION.isCompilationTimeMonitoringSupported() ? COMPILATION.getTotalCompilationTime() : 0;
    }
}
