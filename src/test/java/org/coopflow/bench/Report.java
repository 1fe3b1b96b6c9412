package org.coopflow.bench;

import static org.coopflow.bench.BenchMachine.ms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's result table (median, p95, throughput, ratio CoopFlow/raw engine, target) and the machine it
 * ran on, as Markdown: printed, written under target/benchmarks/, and (full runs) into docs/benchmarks.md
 * between the markers {@code <!-- bench:begin -->} and {@code <!-- bench:end -->}.
 */
final class Report {

    static final String BEGIN = "<!-- bench:begin -->";
    static final String END = "<!-- bench:end -->";

    private record Row(String number, String what, String population, String coopMedian, String coopP95,
                       String coopRate, String rawMedian, String rawP95, String rawRate, String ratio, String target,
                       String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Throughput comparison: ratio = CoopFlow ops/s ÷ raw ops/s (higher is better). */
    void throughput(String number, String what, String population, Samples coop, Samples raw, double minRatio) {
        double ratio = coop.perSecond() / raw.perSecond();
        rows.add(new Row(number, what, population, ms(coop.medianMs()), ms(coop.p95Ms()), rate(coop), ms(raw.medianMs()),
                ms(raw.p95Ms()), rate(raw), "%.2f×".formatted(ratio),
                minRatio > 0 ? "≥ %.1f× raw".formatted(minRatio) : "—",
                minRatio > 0 ? verdict(ratio >= minRatio) : ""));
    }

    /** Latency comparison: ratio = CoopFlow median ÷ raw median (lower is better). */
    void latency(String number, String what, String population, Samples coop, Samples raw, double maxP95Ms) {
        rows.add(new Row(number, what, population, ms(coop.medianMs()), ms(coop.p95Ms()), rate(coop),
                raw == null ? "—" : ms(raw.medianMs()), raw == null ? "—" : ms(raw.p95Ms()),
                raw == null ? "—" : rate(raw),
                raw == null ? "—" : "%.3f×".formatted(coop.medianMs() / raw.medianMs()),
                maxP95Ms > 0 ? "p95 ≤ %.0f ms".formatted(maxP95Ms) : "—",
                maxP95Ms > 0 ? verdict(coop.p95Ms() <= maxP95Ms) : ""));
    }

    /** A single value with no raw counterpart (start-up, heap). */
    void single(String number, String what, String value, String target, Boolean met) {
        rows.add(new Row(number, what, "", value, "", "", "", "", "", "", target, met == null ? "" : verdict(met)));
    }

    void note(String text) {
        notes.add(text);
    }

    String markdown(String heading, List<String> machine) {
        StringBuilder md = new StringBuilder();
        md.append(heading).append("\n\n");
        md.append("| # | measurement | population | CoopFlow median | CoopFlow p95 | CoopFlow ops/s | raw median | raw p95"
                + " | raw ops/s | ratio CoopFlow/raw | target | |\n");
        md.append("|---|---|---|--:|--:|--:|--:|--:|--:|--:|---|---|\n");
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(java.util.Comparator.comparing(Row::number)); // stable: populations stay in run order
        for (Row r : ordered) {
            md.append("| ").append(String.join(" | ", r.number, r.what, r.population, r.coopMedian, r.coopP95,
                    r.coopRate, r.rawMedian, r.rawP95, r.rawRate, r.ratio, r.target, r.verdict)).append(" |\n");
        }
        md.append("\nRatios: throughput rows (1, 3) divide CoopFlow's operations per second by the raw engine's "
                + "(higher is better); latency rows (2, 4) divide CoopFlow's median by the raw engine's (lower is "
                + "better); the dashboard (6) has no raw counterpart (the engine keeps no such figures). Times in "
                + "milliseconds unless marked.\n");
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        md.append("\n**Machine.**\n\n");
        machine.forEach(m -> md.append("- ").append(m).append('\n'));
        return md.toString();
    }

    /** Replaces the generated part of docs/benchmarks.md (everything between the markers). */
    static void writeInto(Path doc, String generated) throws IOException {
        String block = BEGIN + "\n" + generated + END;
        if (!Files.exists(doc)) {
            Files.writeString(doc, "# Benchmarks\n\n" + block + "\n", StandardCharsets.UTF_8);
            return;
        }
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String updated = begin >= 0 && end > begin
                ? text.substring(0, begin) + block + text.substring(end + END.length())
                : text + "\n" + block + "\n";
        Files.writeString(doc, updated, StandardCharsets.UTF_8);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**not met**";
    }

    private static String rate(Samples s) {
        return String.format(Locale.ROOT, "%.1f", s.perSecond());
    }
}
