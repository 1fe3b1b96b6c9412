package org.coopflow.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

/**
 * One side of a comparison (CoopFlow or the raw engine): its timings, and what its operations cost the
 * database — statements by kind and InnoDB rows read, from the server's global status counters around each
 * measured batch (nothing else uses the benchmark's database meanwhile: the job executor is off).
 */
final class Side {

    private static final List<String> COUNTERS = List.of("Com_select", "Com_insert", "Com_update", "Com_delete",
            "Com_insert_select", "Handler_read_first", "Handler_read_key", "Handler_read_last", "Handler_read_next",
            "Handler_read_prev", "Handler_read_rnd", "Handler_read_rnd_next", "Innodb_row_lock_waits",
            "Innodb_row_lock_time");
    private static final int FIRST_READ = 5;
    private static final int LOCK_WAITS = 12;
    private static final int LOCK_MILLIS = 13;

    private final DataSource dataSource;
    private Samples samples;
    private final long[] totals = new long[COUNTERS.size()];
    private long jitMillis;

    Side(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void measure(Callable<Samples> batch) throws Exception {
        long[] before = counters();
        long jit = Jit.millis();
        Samples s = batch.call();
        jitMillis += Jit.millis() - jit;
        long[] after = counters();
        for (int i = 0; i < totals.length; i++) {
            totals[i] += after[i] - before[i];
        }
        samples = samples == null ? s : Samples.concat(samples, s);
    }

    Samples samples() {
        return samples;
    }

    /** The JIT compilers' time while this side was measured, as a share of its measured wall time. */
    double jitShare() {
        return jitMillis / (samples.wallSeconds() * 1000);
    }

    /** e.g. "9.0 statements (5 select, 3 insert, 1 update, 0 delete), 12 index/table reads" per operation. */
    String perOperation() {
        double n = samples.count();
        double inserts = totals[1] + totals[4];
        double statements = totals[0] + inserts + totals[2] + totals[3];
        return String.format(Locale.ROOT, "%.0f statements (%.0f select, %.0f insert, %.0f update, %.0f delete), "
                        + "%,.0f row reads", statements / n, totals[0] / n, inserts / n, totals[2] / n, totals[3] / n,
                rowReadsPerOperation());
    }

    /** Row lock waits per operation and the time they took (InnoDB's counters): where concurrent operations queue. */
    String lockWaitsPerOperation() {
        double n = samples.count();
        return String.format(Locale.ROOT, "%.2f row lock waits (%.1f ms) per operation", totals[LOCK_WAITS] / n,
                totals[LOCK_MILLIS] / n);
    }

    /** Index and table reads per operation (InnoDB's handler counters). */
    double rowReadsPerOperation() {
        long reads = 0;
        for (int i = FIRST_READ; i < LOCK_WAITS; i++) {
            reads += totals[i];
        }
        return reads / (double) samples.count();
    }

    private long[] counters() throws SQLException {
        long[] values = new long[COUNTERS.size()];
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS")) {
            while (rs.next()) {
                for (int i = 0; i < COUNTERS.size(); i++) {
                    if (COUNTERS.get(i).equalsIgnoreCase(rs.getString(1))) {
                        values[i] = rs.getLong(2);
                    }
                }
            }
        }
        return values;
    }
}
