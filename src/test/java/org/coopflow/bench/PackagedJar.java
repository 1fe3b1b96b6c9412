package org.coopflow.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * The packaged jar as an operator runs it: {@code java -Xmx512m -jar coopflow.jar} in an empty directory
 * holding only the repository's config/ folder, on the embedded default database. Measures the time from
 * launch until /actuator/health answers UP (first start on a fresh database, then a restart), drives some
 * load through the API, and reads the heap with jcmd.
 */
final class PackagedJar {

    record Result(double firstStartSeconds, double restartSeconds, String startedLine, long heapUsedMb,
                  long heapLiveMb, long heapCommittedMb, long rssMb, int requests, boolean survived,
                  double[] cdsStartSeconds) {
    }

    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern STARTED = Pattern.compile("Started \\w+ in [0-9.]+ seconds \\(process running for [0-9.]+\\)");

    private final Path jar;
    private final Path config;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private Path dir;
    private int port;

    PackagedJar(Path jar, Path config) {
        this.jar = jar;
        this.config = config;
    }

    Result measure(int loadRequests) throws Exception {
        dir = Files.createTempDirectory("coopflow-bench-jar");
        copy(config, dir.resolve("config"));
        port = freePort();
        try {
            Process first = start("first");
            double firstStart = awaitUp(first);
            stop(first);
            Process app = start("restart");
            double restart = awaitUp(app);
            String started = startedLine(dir.resolve("restart.log"));
            int requests;
            try {
                requests = load(loadRequests);
            } catch (Exception e) {
                stop(app); // else the jar outlives the benchmark
                throw new IllegalStateException(e.getMessage() + "\n" + tail(), e);
            }
            boolean alive = app.isAlive() && up();
            long[] used = heap(app.pid(), false);
            long[] live = heap(app.pid(), true);
            long rss = rssKb(app.pid());
            stop(app);
            double[] cds = cdsStarts();
            return new Result(firstStart, restart, started, used[1] / 1024, live[1] / 1024, used[0] / 1024,
                    rss / 1024, requests, alive && !Files.readString(dir.resolve("restart.log"))
                    .contains("OutOfMemoryError"), cds);
        } finally {
            delete(dir);
        }
    }

    private Process start(String name) throws IOException {
        return start(name, List.of("-jar", jar.toString()));
    }

    private Process start(String name, List<String> launch) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m"));
        command.addAll(launch);
        command.add("--server.port=" + port);
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
    }

    /**
     * The same jar started as the Docker image starts it, the way Spring Boot documents for class data sharing:
     * extracted ({@code java -Djarmode=tools -jar coopflow.jar extract}), one training run that writes the archive
     * ({@code -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh}), its database removed, then
     * {@code java -XX:SharedArchiveFile=app.jsa -jar extracted/coopflow.jar} on an empty database and again on the
     * existing one. Returns the seconds until UP of both, or NaN when no archive was written.
     */
    private double[] cdsStarts() throws Exception {
        Path extracted = dir.resolve("extracted");
        run("extract", List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                extracted.toString()));
        Path app = extracted.resolve(jar.getFileName());
        Path archive = dir.resolve("app.jsa");
        run("cds-training", List.of(java(), "-Xmx512m", "-XX:ArchiveClassesAtExit=" + archive,
                "-Dspring.context.exit=onRefresh", "-jar", app.toString(), "--server.port=" + port));
        if (!Files.exists(archive)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        delete(dir.resolve("data"));
        List<String> launch = List.of("-XX:SharedArchiveFile=" + archive, "-jar", app.toString());
        Process first = start("cds-first", launch);
        double firstStart = awaitUp(first);
        stop(first);
        Process restart = start("cds-restart", launch);
        double restartSeconds = awaitUp(restart);
        stop(restart);
        return new double[] {firstStart, restartSeconds};
    }

    private void run(String name, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(name + " did not finish within 180 s: " + tail());
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Seconds from now until the jar's /actuator/health says UP (polled every 100 ms, at most 180 s). */
    private double awaitUp(Process process) {
        long start = System.nanoTime();
        try {
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                    .failFast("the jar exited", () -> !process.isAlive())
                    .until(this::up);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new IllegalStateException("The jar did not report UP (" + e.getMessage() + "): " + tail(), e);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private boolean up() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Submissions, task lists, claim + complete and audit timelines, as the users would. Returns the call count. */
    @SuppressWarnings("unchecked")
    private int load(int n) throws Exception {
        int calls = 0;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = json.writeValueAsString(Map.of("title", "Load " + i, "sector", "NATIONAL_ID",
                    "description", "We are introducing a national ID card and need advice on enrolment and card production.",
                    "modality", "ONLINE_FORUM", "urgent", false, "languages", List.of("km", "en"),
                    "contactName", "Sokha Chan", "contactEmail", "sokha.chan@interior.gov.kh.example"));
            HttpResponse<String> r = call("partner-kh", "POST", "/api/v1/requests", body,
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            expect(r, 201);
            ids.add(((Number) json.readValue(r.body(), Map.class).get("id")).longValue());
            calls++;
        }
        List<String> screening = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = call("intake", "GET", "/api/v1/tasks?size=50&page=" + (i % 3), null, Map.of());
            expect(r, 200);
            if (i == 0) {
                for (Map<String, Object> t : (List<Map<String, Object>>) json.readValue(r.body(), Map.class).get("items")) {
                    if ("screenRequest".equals(t.get("taskKey")) && t.get("assignee") == null) {
                        screening.add((String) t.get("taskId"));
                    }
                }
            }
            calls++;
        }
        for (String taskId : screening.subList(0, Math.min(screening.size(), n / 4))) {
            expect(call("intake", "POST", "/api/v1/tasks/" + taskId + "/claim", null, Map.of()), 204);
            expect(call("intake", "POST", "/api/v1/tasks/" + taskId + "/complete", "{\"screeningDecision\":\"ACCEPT\"}",
                    Map.of()), 204);
            calls += 2;
        }
        for (int i = 0; i < n / 4; i++) {
            expect(call("manager", "GET", "/api/v1/requests/" + ids.get(i % ids.size()) + "/history", null, Map.of()), 200);
            calls++;
        }
        return calls;
    }

    private HttpResponse<String> call(String user, String method, String path, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + ": " + r.statusCode() + " " + r.body());
        }
    }

    /** {total, used} in KB, after a full GC when {@code collect}. */
    private static long[] heap(long pid, boolean collect) throws Exception {
        if (collect) {
            jcmd(pid, "GC.run");
        }
        Matcher m = HEAP.matcher(jcmd(pid, "GC.heap_info"));
        if (!m.find()) {
            return new long[] {-1, -1};
        }
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    private static String jcmd(long pid, String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", Long.toString(pid), command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String startedLine(Path log) throws IOException {
        Matcher m = STARTED.matcher(Files.readString(log));
        return m.find() ? m.group() : "";
    }

    private String tail() {
        try (Stream<Path> logs = Files.list(dir)) {
            StringBuilder text = new StringBuilder();
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
                List<String> lines = Files.readAllLines(log);
                text.append('\n').append(log.getFileName()).append(":\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
            }
            return text.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind
        }
    }
}
