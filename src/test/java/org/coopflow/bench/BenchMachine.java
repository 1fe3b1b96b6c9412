package org.coopflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** What every benchmark of this package says about the machine it ran on, and the small helpers they share. */
final class BenchMachine {

    private BenchMachine() {
    }

    static String cpuModel() {
        return proc("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch"));
    }

    static String memory() {
        return proc("/proc/meminfo", "MemTotal").map(kb -> kb.replaceAll("\\D", "")).filter(kb -> !kb.isEmpty())
                .map(kb -> "%.0f GB".formatted(Long.parseLong(kb) / 1024.0 / 1024.0)).orElse("?");
    }

    /** The 1, 5 and 15 minute load averages: the machine is shared, so every result says how busy it was. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * The seeded rows are consistent by construction (parents flushed before children), so the seeding connection
     * skips the foreign-key and unique checks, as a bulk import would.
     */
    static void bulkLoading(Connection c, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION foreign_key_checks = " + (on ? 0 : 1));
            s.execute("SET SESSION unique_checks = " + (on ? 0 : 1));
        }
    }

    static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    /** Milliseconds as the tables print them: whole from 100 on, one decimal below; a dash for no figure. */
    static String ms(double ms) {
        if (Double.isNaN(ms)) {
            return "—";
        }
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
    }

    private static java.util.Optional<String> proc(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
