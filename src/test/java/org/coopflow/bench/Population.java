package org.coopflow.bench;

import static org.coopflow.bench.BenchMachine.bulkLoading;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.coopflow.request.RequestProcess;
import org.coopflow.request.RequestStatus;
import org.coopflow.search.SearchText;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The benchmark's population, bulk-inserted (benchmark only — product code never writes the engine's tables):
 * open requests spread over every stage of the lifecycle, each with consistent rows in our tables
 * (cooperation_request, request_agency, audit_entry, task_view, task_candidate) and in the engine's runtime
 * tables (ACT_RU_EXECUTION: main instance, call activity, called instance; ACT_RU_TASK; ACT_RU_IDENTITYLINK),
 * so CoopFlow's read model and the engine's task query see the same tasks; every request with the status history
 * it went through ({@link RequestHistory}: status_change, stage_time, STATUS_CHANGED audit entries, MOU versions
 * and signings) as the product's listeners would have written it; finished requests (completed, declined,
 * withdrawn, lapsed) with their whole history; and finished requests' historic process instances
 * (ACT_HI_PROCINST, six instances per request sharing its business key).
 */
final class Population {

    /** The coordinator whose task list is measured: three agencies' coordinator groups. */
    static final String COORDINATOR = "coord-bench";
    static final List<String> COORDINATOR_GROUPS = List.of("coordinator:KOMSCO", "coordinator:MOIS", "coordinator:NEC");

    static final List<String> PROCESS_KEYS = List.of("cooperationRequest", "requestScreening", "expertAssignment",
            "consultation", "mouDrafting", "followUp");

    private static final String[][] PARTNERS = {
            {"KH-MOI", "KH", "partner-kh"}, {"GT-MINGOB", "GT", "partner-gt"},
            {"VN-MOHA", "VN", "partner-vn"}, {"CR-MICITT", "CR", "partner-cr"}};

    /** The routing decision (bpmn/routing.dmn): sector → lead agency, supporting agencies. */
    private static final Map<String, String[]> ROUTING = new LinkedHashMap<>();

    static {
        ROUTING.put("CIVIL_REGISTRATION", new String[] {"MOIS"});
        ROUTING.put("NATIONAL_ID", new String[] {"MOIS", "KOMSCO"});
        ROUTING.put("ELECTION_MANAGEMENT", new String[] {"NEC"});
        ROUTING.put("ONLINE_CIVIL_SERVICES", new String[] {"MOIS", "NIA"});
        ROUTING.put("PUBLIC_INFORMATION_SHARING", new String[] {"MOIS", "NIA"});
        ROUTING.put("LOCAL_GOVERNMENT_SYSTEM", new String[] {"MOIS", "NIA"});
        ROUTING.put("EGOV_LEGAL_FRAMEWORK", new String[] {"MOIS", "MOLEG"});
        ROUTING.put("ELECTRONIC_CUSTOMS", new String[] {"KCS"});
        ROUTING.put("NATIONAL_ARCHIVES", new String[] {"NAK"});
        ROUTING.put("INTELLIGENT_TRANSPORT", new String[] {"SMG", "MOLIT"});
        ROUTING.put("SMART_CITY", new String[] {"MOLIT", "BUSAN"});
        ROUTING.put("DISASTER_MANAGEMENT", new String[] {"MOIS"});
        ROUTING.put("EMPLOYMENT_INFORMATION", new String[] {"MOEL", "KEIS"});
        ROUTING.put("NATIONAL_LAND_INFORMATION", new String[] {"MOLIT"});
        ROUTING.put("PUBLIC_HEALTH", new String[] {"MOHW"});
    }

    private static final List<String> ROUTED_SECTORS = List.copyOf(ROUTING.keySet());

    /** Finished requests closed over this many past days: the dashboard's MOUs per year span several years. */
    private static final int FINISHED_WITHIN_DAYS = 3 * 365;

    /** Where open requests wait, weighted roughly like a mature installation. */
    private enum Stage {
        SCREEN(12, "SCREENING", "requestScreening", "screening"),
        CLARIFY(3, "AWAITING_PARTNER", "requestScreening", "screening"),
        NOMINATE(10, "ASSIGNING_EXPERTS", "expertAssignment", "assignment"),
        RESPOND(6, "ASSIGNING_EXPERTS", "expertAssignment", "assignment"),
        CONFIRM_TEAM(3, "ASSIGNING_EXPERTS", "expertAssignment", "assignment"),
        PLAN(5, "CONSULTATION", "consultation", "consultationStage"),
        CONFIRM_PLAN(3, "CONSULTATION", "consultation", "consultationStage"),
        AWAIT_CONSULTATION(12, "CONSULTATION", "consultation", "consultationStage"),
        OUTCOME(4, "CONSULTATION", "consultation", "consultationStage"),
        FEEDBACK(5, "CONSULTATION", "consultation", "consultationStage"),
        DRAFT_MOU(4, "MOU_DRAFTING", "mouDrafting", "mou"),
        REVIEW_MOU(4, "MOU_DRAFTING", "mouDrafting", "mou"),
        APPROVE_MOU(1, "MOU_DRAFTING", "mouDrafting", "mou"),
        SIGN_MOU(1, "MOU_DRAFTING", "mouDrafting", "mou"),
        DEFINE_ACTION(3, "FOLLOW_UP", "followUp", "followUpStage"),
        AWAIT_QUARTER(12, "FOLLOW_UP", "followUp", "followUpStage"),
        REPORT(4, "FOLLOW_UP", "followUp", "followUpStage"),
        REVIEW(3, "FOLLOW_UP", "followUp", "followUpStage"),
        EVALUATE(2, "FOLLOW_UP", "cooperationRequest", null),
        CLOSURE(1, "FOLLOW_UP", "cooperationRequest", null);

        final int weight;
        final String status;
        final String processKey;
        final String callActivity;

        Stage(int weight, String status, String processKey, String callActivity) {
            this.weight = weight;
            this.status = status;
            this.processKey = processKey;
            this.callActivity = callActivity;
        }

        boolean routed() {
            return this != SCREEN && this != CLARIFY;
        }

        RequestStatus requestStatus() {
            return RequestStatus.valueOf(status);
        }

        /**
         * How far into its status a request waiting here is (0..1), from this step's place among the steps of
         * the same status: a consultation waiting for its date is further on than one being planned.
         */
        double progress(Random random) {
            List<Stage> same = java.util.Arrays.stream(values()).filter(s -> s.status.equals(status)).toList();
            return (same.indexOf(this) + random.nextDouble()) / same.size();
        }
    }

    /** One open task to seed. */
    private record SeedTask(String key, String name, String group, String assignee, Instant due) {
    }

    /** A request row without a process, for the raw engine to start its process on. */
    record BareRequest(long id, String reference, String partnerOrg, String sector, boolean urgent) {

        /** The variables a submission starts the request's process with. */
        Map<String, Object> startVariables() {
            Map<String, Object> variables = new java.util.LinkedHashMap<>();
            variables.put(RequestProcess.VAR_REQUEST_ID, id);
            variables.put(RequestProcess.VAR_REFERENCE, reference);
            variables.put(RequestProcess.VAR_SECTOR, sector);
            variables.put(RequestProcess.VAR_URGENT, urgent);
            variables.put(RequestProcess.VAR_PARTNER_GROUP, RequestProcess.partnerGroup(partnerOrg));
            return variables;
        }
    }

    private static final int CHUNK = 500;

    /** task_view.sort_due of a task without a due date (V8__task_list_queues.sql), in this JVM's zone. */
    private static final Instant NO_DUE_DATE = java.sql.Timestamp.valueOf("9999-12-31 00:00:00").toInstant();

    private final DataSource dataSource;
    private final Map<String, String> definitionIds;
    private final Random random = new Random(20260101L);
    /** The histories' own sequence: how a history is drawn does not reshuffle the stages, sectors and tasks. */
    private final Random historyRandom = new Random(20260102L);
    private final int year = Year.now(ZoneOffset.UTC).getValue();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private int openRequests;
    private int finishedRequests;
    private int historicInstances;

    Population(DataSource dataSource, Map<String, String> definitionIds) {
        this.dataSource = dataSource;
        this.definitionIds = definitionIds;
    }

    int openRequests() {
        return openRequests;
    }

    int finishedRequests() {
        return finishedRequests;
    }

    int historicInstances() {
        return historicInstances;
    }

    /** The measured coordinator (password "demo", like the demo users). */
    void createCoordinator() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO app_user (username, display_name, email, password_hash, organisation_code,"
                    + " locale, time_zone) SELECT '" + COORDINATOR + "', 'Benchmark Coordinator',"
                    + " 'coord-bench@mois.go.kr.example', password_hash, 'MOIS', 'en', 'Asia/Seoul'"
                    + " FROM app_user WHERE username = 'coord-mois'");
            for (String group : COORDINATOR_GROUPS) {
                s.executeUpdate("INSERT INTO group_membership (username, group_id) VALUES ('" + COORDINATOR + "', '"
                        + group + "')");
            }
        }
    }

    /** Refuses to seed into a schema that already holds a population (an external server's leftovers). */
    void requireEmptySchema() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM cooperation_request")) {
            rs.next();
            if (rs.getLong(1) > 1_000) {
                throw new IllegalStateException("The benchmark seeds its own population and needs an empty schema; "
                        + "this one already has " + rs.getLong(1) + " requests");
            }
        }
    }

    /** Adds open requests until there are {@code total} seeded ones. */
    void seedOpenRequestsUpTo(int total) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            bulkLoading(c, true);
            long nextId = maxRequestId(c) + 1;
            Tables t = new Tables(c);
            while (openRequests < total) {
                int n = Math.min(CHUNK, total - openRequests);
                for (int i = 0; i < n; i++) {
                    seedOne(t, nextId++);
                }
                t.flush();
                openRequests += n;
            }
            bulkLoading(c, false);
            keepReferenceCounterAhead(c);
        }
    }

    /**
     * Adds finished requests until there are {@code total}: closed over the last three years, each with its
     * whole status history, the MOUs it signed, no engine rows (their processes have ended).
     */
    void seedFinishedRequestsUpTo(int total) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            bulkLoading(c, true);
            long nextId = maxRequestId(c) + 1;
            Tables t = new Tables(c);
            while (finishedRequests < total) {
                int n = Math.min(CHUNK, total - finishedRequests);
                for (int i = 0; i < n; i++) {
                    seedFinished(t, nextId++);
                }
                t.flush();
                finishedRequests += n;
            }
            bulkLoading(c, false);
            keepReferenceCounterAhead(c);
        }
    }

    /** Request rows in SUBMITTED with no process yet (the raw engine starts theirs). */
    List<BareRequest> insertBareRequests(int count) throws SQLException {
        List<BareRequest> bare = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            long id = maxRequestId(c) + 1;
            BulkInsert requests = requestTable(c);
            for (int i = 0; i < count; i++, id++) {
                String[] partner = PARTNERS[i % 2];
                String reference = reference(id);
                requests.add(id, reference, partner[0], partner[1], "NATIONAL_ID", "Raw engine request " + id,
                        "We are introducing a national ID card and need advice on enrolment and card production.",
                        "ONLINE_FORUM", false, "km,en", "Sokha Chan", "sokha.chan@interior.gov.kh.example",
                        "SUBMITTED", null, "raw-" + UUID.randomUUID(), partner[2], null, now, now);
                bare.add(new BareRequest(id, reference, partner[0], "NATIONAL_ID", false));
            }
            requests.flush();
            keepReferenceCounterAhead(c);
        }
        return bare;
    }

    /**
     * Historic process instances of finished requests, generated by the server (INSERT ... SELECT over a
     * digits table, 100k rows a statement): six instances per request (main process and the five stages it
     * called) under one business key, ended within the retention period (removal time in the future).
     */
    void seedHistoricInstancesUpTo(int total) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.executeUpdate("CREATE TABLE IF NOT EXISTS bench_digits (d INT NOT NULL PRIMARY KEY)");
            s.executeUpdate("DELETE FROM bench_digits");
            s.executeUpdate("INSERT INTO bench_digits (d) VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
            StringBuilder defKey = new StringBuilder("CASE s.n MOD 6");
            StringBuilder defId = new StringBuilder("CASE s.n MOD 6");
            for (int i = 0; i < PROCESS_KEYS.size(); i++) {
                defKey.append(" WHEN ").append(i).append(" THEN '").append(PROCESS_KEYS.get(i)).append('\'');
                defId.append(" WHEN ").append(i).append(" THEN '").append(definitionIds.get(PROCESS_KEYS.get(i)))
                        .append('\'');
            }
            defKey.append(" END");
            defId.append(" END");
            String id = uuidOf("s.n");
            String root = uuidOf("(s.n - s.n MOD 6)");
            // ended 1..170 days ago, ran 1..60 days; the main instance spans its stages
            String end = "DATE_SUB(TIMESTAMP('" + java.sql.Timestamp.from(now) + "'), INTERVAL "
                    + "(86400 + ((s.n DIV 6) * 7919) MOD (169 * 86400)) SECOND)";
            String start = "DATE_SUB(" + end + ", INTERVAL (86400 + ((s.n * 104729) MOD (59 * 86400))) SECOND)";
            String sql = "INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,"
                    + " START_TIME_, END_TIME_, REMOVAL_TIME_, DURATION_, START_USER_ID_, START_ACT_ID_, END_ACT_ID_,"
                    + " SUPER_PROCESS_INSTANCE_ID_, ROOT_PROC_INST_ID_, STATE_)"
                    + " SELECT " + id + ", " + id + ", CONCAT('CR-" + (year - 1) + "-H', LPAD(s.n DIV 6, 7, '0')), "
                    + defKey + ", " + defId + ", " + start + ", " + end + ", DATE_ADD(" + end + ", INTERVAL 180 DAY),"
                    + " TIMESTAMPDIFF(SECOND, " + start + ", " + end + ") * 1000,"
                    + " CASE WHEN s.n MOD 6 = 0 THEN 'partner-kh' END,"
                    + " CASE WHEN s.n MOD 6 = 0 THEN 'requestSubmitted' ELSE 'started' END,"
                    + " CASE WHEN s.n MOD 6 = 0 THEN 'requestCompleted' ELSE 'ended' END,"
                    + " CASE WHEN s.n MOD 6 = 0 THEN NULL ELSE " + root + " END, " + root + ", 'COMPLETED'"
                    + " FROM (SELECT ? + a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS n"
                    + "   FROM bench_digits a, bench_digits b, bench_digits c, bench_digits e, bench_digits f) s"
                    + " WHERE s.n < ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                while (historicInstances < total) {
                    int from = historicInstances;
                    int to = Math.min(total, from + 100_000);
                    ps.setLong(1, from);
                    ps.setLong(2, to);
                    ps.executeUpdate();
                    historicInstances = to;
                }
            }
            s.execute("ANALYZE TABLE ACT_HI_PROCINST");
        }
    }

    /**
     * The keyword index of every seeded request, written by the server as the product's indexer would have written
     * it (benchmark only): the terms of each reference and title, cut by the product's own {@link SearchText} — the
     * title's words per sector computed here, the reference and the title's number per row by SQL — and a
     * {@code request_search_document} row under the current rules, so no node re-indexes them. The seeded
     * descriptions are one sentence shared by every request, so their words are left out (they would only add the
     * same 16 terms to every request); "cooperation", in every title, stands for a word found everywhere.
     *
     * @return how many terms the index holds
     */
    long indexSearchTerms() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            bulkLoading(c, true);
            List<String> sectors = new ArrayList<>(ROUTED_SECTORS);
            sectors.add("OTHER");
            String unindexed = " FROM cooperation_request r WHERE r.idempotency_key LIKE 'seed-%'"
                    + " AND NOT EXISTS (SELECT 1 FROM request_search_document d WHERE d.request_id = r.id)";
            // the title's words, per sector (bound as parameters: no collation of a helper table to get wrong)
            try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO request_search_term (term, request_id, created_at)"
                    + " SELECT ?, r.id, r.created_at" + unindexed + " AND r.sector_code = ?")) {
                for (String sector : sectors) {
                    for (String term : SearchText.terms(titleWithoutNumber(sector))) {
                        ps.setString(1, term);
                        ps.setString(2, sector);
                        ps.executeUpdate();
                    }
                }
            }
            // CR-2026-00042 → cr, 2026, 00042, 42; "#42" in the title → 42 (once)
            for (String term : List.of("'cr'", "SUBSTRING(r.reference, 4, 4)", "SUBSTRING(r.reference, 9)",
                    "CAST(r.id AS CHAR)")) {
                s.executeUpdate("INSERT IGNORE INTO request_search_term (term, request_id, created_at) SELECT " + term
                        + ", r.id, r.created_at"
                        + unindexed);
            }
            s.executeUpdate("INSERT INTO request_search_document (request_id, rules, indexed_at) SELECT r.id, "
                    + SearchText.VERSION + ", CURRENT_TIMESTAMP(3)" + unindexed);
            bulkLoading(c, false);
            s.execute("ANALYZE TABLE request_search_term");
            s.execute("ANALYZE TABLE request_search_document");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM request_search_term")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The seeded title of a request of this sector ("Cooperation on national id #42") without its number. */
    private static String titleWithoutNumber(String sector) {
        return "Cooperation on " + sector.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * The read model and the engine's task rows at {@code factor} times the open requests seeded so far, copied by
     * the server (INSERT ... SELECT, one statement per copy and table): every open task's
     * {@code task_view} row (as the task of another request: request id, reference and task id made unique),
     * its {@code task_candidate} queue rows, and the same tasks in {@code ACT_RU_TASK} with their candidate links in
     * {@code ACT_RU_IDENTITYLINK} (pointing to the original's executions: the engine's task query reads neither
     * executions nor variables). Only the task list reads these rows; the request rows are not copied, so the
     * copies are open requests for the task list and nothing else.
     *
     * @return open tasks in the read model afterwards
     */
    long replicateOpenTasks(int factor) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            bulkLoading(c, true);
            for (int copy = 1; copy < factor; copy++) {
                String d = Integer.toString(copy);
                replicate(c, "task_view", Map.of("task_id", "CONCAT(x.task_id, '-" + d + "')",
                        "request_id", "x.request_id + " + d + "00000000",
                        "reference", "CONCAT(x.reference, '-" + d + "')"), "x.task_id NOT LIKE '%-_'");
                replicate(c, "task_candidate", Map.of("task_id", "CONCAT(x.task_id, '-" + d + "')"),
                        "x.task_id NOT LIKE '%-_'");
                replicate(c, "ACT_RU_TASK", Map.of("ID_", "CONCAT(x.ID_, '-" + d + "')"), "x.ID_ NOT LIKE '%-_'");
                replicate(c, "ACT_RU_IDENTITYLINK", Map.of("ID_", "CONCAT(x.ID_, '-" + d + "')",
                        "TASK_ID_", "CONCAT(x.TASK_ID_, '-" + d + "')"),
                        "x.TASK_ID_ IS NOT NULL AND x.TASK_ID_ NOT LIKE '%-_'");
            }
            bulkLoading(c, false);
            for (String table : List.of("task_view", "task_candidate", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK")) {
                s.execute("ANALYZE TABLE " + table);
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM task_view")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Copies a table's rows that match {@code where} (alias x), with some columns computed from the original. */
    private static void replicate(Connection c, String table, Map<String, String> changed, String where)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("no columns for " + table);
        }
        String values = String.join(", ", columns.stream()
                .map(col -> changed.getOrDefault(col, "x." + col)).toList());
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + values
                    + " FROM " + table + " x WHERE " + where);
        }
    }

    /** Runs the migrations' own backfill scripts, in order, and prints how long they took. */
    private static void fillFromMigrations(Connection c, String what, String... scripts) {
        long started = System.nanoTime();
        for (String script : scripts) {
            ScriptUtils.executeSqlScript(c, new ClassPathResource("db/migration/" + script));
        }
        System.out.printf("[bench] %s filled by %s in %.1f s%n", what, String.join(" and ", scripts),
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * Refreshes the optimizer's statistics after a bulk load, as a DBA would after an import; first the dashboard's
     * roll-ups are rebuilt from the seeded rows by the migrations' own backfills (V161, V211, V201, V220), as an
     * upgrade fills them.
     */
    void analyze() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            List<String> rollups = List.of("dashboard_request_count", "dashboard_agency_count",
                    "dashboard_stage_total", "dashboard_stage_histogram", "dashboard_stage_histogram_all",
                    "dashboard_mou_year", "dashboard_task_agency", "dashboard_task_count");
            for (String table : rollups) {
                s.executeUpdate("DELETE FROM " + table);
            }
            fillFromMigrations(c, "dashboard roll-ups", "V161__dashboard_rollups_from_projections.sql",
                    "V211__dashboard_agency_count_striped.sql");
            fillFromMigrations(c, "dashboard task roll-up", "V201__dashboard_task_rollup_from_read_model.sql",
                    "V220__dashboard_task_slot_from_uuid_time.sql");
            for (String table : rollups) {
                s.execute("ANALYZE TABLE " + table);
            }
            for (String table : List.of("cooperation_request", "request_agency", "audit_entry", "task_view",
                    "task_candidate", "status_change", "stage_time", "mou_version", "mou_signing",
                    "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK")) {
                s.execute("ANALYZE TABLE " + table);
            }
        }
    }

    // ---------------------------------------------------------------- open requests

    /** A formatted, well-spread id from a number, computed by the server (looks like the engine's UUIDs). */
    private static String uuidOf(String n) {
        String md5 = "MD5(CONCAT('bench-hpi-', " + n + "))";
        return "CONCAT(SUBSTRING(" + md5 + ", 1, 8), '-', SUBSTRING(" + md5 + ", 9, 4), '-', SUBSTRING(" + md5
                + ", 13, 4), '-', SUBSTRING(" + md5 + ", 17, 4), '-', SUBSTRING(" + md5 + ", 21, 12))";
    }

    private final class Tables {
        final BulkInsert requests;
        final BulkInsert agencies;
        final BulkInsert audit;
        final BulkInsert statusChanges;
        final BulkInsert stageTimes;
        final BulkInsert mouVersions;
        final BulkInsert mouSignings;
        final BulkInsert rootExecutions;
        final BulkInsert childExecutions;
        final BulkInsert calledExecutions;
        final BulkInsert tasks;
        final BulkInsert links;
        final BulkInsert views;
        final BulkInsert candidates;

        Tables(Connection c) {
            requests = requestTable(c);
            agencies = new BulkInsert(c, "request_agency", "request_id, agency_code, lead", 500);
            audit = new BulkInsert(c, "audit_entry", "request_id, occurred_at, event_type, category, actor, step,"
                    + " decision, number_value, on_date, reason, from_status, to_status, lead_agency,"
                    + " supporting_agencies", 500);
            statusChanges = new BulkInsert(c, "status_change", "request_id, from_status, to_status, changed_at", 500);
            stageTimes = new BulkInsert(c, "stage_time", "request_id, stage, seconds, sector_code, country_code,"
                    + " request_created_at", 500);
            mouVersions = new BulkInsert(c, "mou_version", "request_id, version_no, title, body, change_summary,"
                    + " created_by, created_at", 500);
            mouSignings = new BulkInsert(c, "mou_signing", "request_id, version_no, signed_on, place, signatories,"
                    + " recorded_by, recorded_at", 500);
            String executionColumns = "ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PARENT_ID_,"
                    + " PROC_DEF_ID_, SUPER_EXEC_, ACT_ID_, ACT_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_,"
                    + " IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_, PROC_DEF_KEY_";
            rootExecutions = new BulkInsert(c, "ACT_RU_EXECUTION", executionColumns, 500);
            childExecutions = new BulkInsert(c, "ACT_RU_EXECUTION", executionColumns, 500);
            calledExecutions = new BulkInsert(c, "ACT_RU_EXECUTION", executionColumns, 500);
            tasks = new BulkInsert(c, "ACT_RU_TASK", "ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_,"
                    + " TASK_DEF_KEY_, ASSIGNEE_, PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_,"
                    + " SUSPENSION_STATE_, TASK_STATE_", 500);
            links = new BulkInsert(c, "ACT_RU_IDENTITYLINK", "ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_", 500);
            views = new BulkInsert(c, "task_view", "task_id, request_id, process_instance_id, task_key, name, assignee,"
                    + " created_at, due_at, sort_due, reference, title, partner_org, country_code, sector_code, stage", 500);
            candidates = new BulkInsert(c, "task_candidate", "group_id, task_id, claimable, sort_due, created_at,"
                    + " group_count", 500);
        }

        /** One audit_entry row; the columns an event type does not use are null. */
        void audit(long requestId, Instant at, String type, String category, String actor, String step,
                   String decision, Integer number, java.time.LocalDate onDate, String reason, String from, String to,
                   String leadAgency, String supportingAgencies) throws SQLException {
            audit.add(requestId, at, type, category, actor, step, decision, number, onDate, reason, from, to,
                    leadAgency, supportingAgencies);
        }

        /** Parents before children (the engine's foreign keys are checked). */
        void flush() throws SQLException {
            for (BulkInsert b : List.of(requests, agencies, audit, statusChanges, stageTimes, mouVersions, mouSignings,
                    rootExecutions, childExecutions, calledExecutions, tasks, links, views, candidates)) {
                b.flush();
            }
        }
    }

    private void seedOne(Tables t, long id) throws SQLException {
        Stage stage = pickStage();
        String sector = stage.routed() || random.nextInt(15) > 0
                ? ROUTED_SECTORS.get(random.nextInt(ROUTED_SECTORS.size())) : "OTHER";
        String[] routing = ROUTING.getOrDefault(sector, new String[0]);
        String lead = routing.length > 0 ? routing[0] : null;
        String[] partner = PARTNERS[random.nextInt(PARTNERS.length)];
        String reference = reference(id);
        RequestHistory history = RequestHistory.open(historyRandom, now, stage.requestStatus(),
                stage.progress(historyRandom));
        Instant created = history.created();
        boolean urgent = random.nextInt(10) == 0;
        String mainId = uuid();

        String title = "Cooperation on " + sector.toLowerCase(Locale.ROOT).replace('_', ' ') + " #" + id;
        t.requests.add(id, reference, partner[0], partner[1], sector, title,
                "We would like to learn from Korea's experience and plan a cooperation programme on this topic.",
                "ONLINE_FORUM", urgent, "en", "Contact " + id, "contact" + id + "@" + partner[0].toLowerCase(Locale.ROOT)
                        + ".gov.example", stage.status, mainId, "seed-" + id, partner[2], null, created,
                history.enteredCurrentStatus());
        for (int i = 0; i < routing.length; i++) {
            t.agencies.add(id, routing[i], i == 0);
        }
        submittedAndRouted(t, id, created, partner[2], routing);
        history(t, id, history, sector, partner[1], lead);

        String mainDefinition = definitionIds.get("cooperationRequest");
        t.rootExecutions.add(mainId, 1, mainId, mainId, reference, null, mainDefinition, null,
                stage.callActivity == null ? taskKeyOf(stage) : null, null, stage.callActivity == null ? 1 : 0, 0, 1,
                0, 1, 0, 1L, "cooperationRequest");
        String taskExecution = mainId;
        String taskInstance = mainId;
        String taskDefinition = mainDefinition;
        if (stage.callActivity != null) {
            String callId = uuid();
            String calledId = uuid();
            t.childExecutions.add(callId, 1, mainId, mainId, null, mainId, mainDefinition, null, stage.callActivity,
                    stage.callActivity + ":" + callId, 1, 0, 0, 0, 1, 0, 2L, "cooperationRequest");
            taskDefinition = definitionIds.get(stage.processKey);
            t.calledExecutions.add(calledId, 1, mainId, calledId, reference, null, taskDefinition, callId,
                    taskKeyOf(stage), null, 1, 0, 1, 0, 1, 0, 1L, stage.processKey);
            taskExecution = calledId;
            taskInstance = calledId;
        }

        // the open step came some time after the request entered its status (the first step at once)
        Instant entered = history.enteredCurrentStatus();
        Instant taskCreated = entered.plusSeconds((long) (random.nextDouble()
                * Duration.between(entered, now).getSeconds()));
        for (SeedTask task : tasksOf(stage, partner, lead, routing, taskCreated)) {
            String taskId = uuid();
            t.tasks.add(taskId, 1, taskExecution, taskInstance, taskDefinition, task.name, task.key, task.assignee, 50,
                    taskCreated, task.assignee == null ? null : taskCreated, task.due, 1,
                    task.assignee == null ? "Created" : "Updated");
            Instant sortDue = task.due == null ? NO_DUE_DATE : task.due;
            if (task.group != null) {
                t.links.add(uuid(), 1, task.group, "candidate", taskId);
                t.candidates.add(task.group, taskId, task.assignee == null, sortDue, taskCreated, 1);
            }
            t.views.add(taskId, id, taskInstance, task.key, task.name, task.assignee, taskCreated, task.due, sortDue,
                    reference, title, partner[0], partner[1], sector, stage.status);
        }
    }

    /** A finished request: its row, agencies and whole history; its processes have ended (no engine rows). */
    private void seedFinished(Tables t, long id) throws SQLException {
        RequestHistory.Ending ending = pickEnding();
        Instant closed = now.minusSeconds(86_400L + (long) (historyRandom.nextDouble()
                * (FINISHED_WITHIN_DAYS - 1) * 86_400L));
        RequestHistory history = RequestHistory.finished(historyRandom, closed, ending);
        boolean leftScreening = history.secondsPerStage().containsKey(RequestStatus.ASSIGNING_EXPERTS);
        // only a request declined, lapsed or withdrawn in screening can be without a lead agency
        String sector = leftScreening || historyRandom.nextInt(15) > 0
                ? ROUTED_SECTORS.get(historyRandom.nextInt(ROUTED_SECTORS.size())) : "OTHER";
        String[] routing = ROUTING.getOrDefault(sector, new String[0]);
        String lead = routing.length > 0 ? routing[0] : null;
        String[] partner = PARTNERS[historyRandom.nextInt(PARTNERS.length)];
        Instant created = history.created();
        String reference = "CR-%d-%05d".formatted(created.atZone(ZoneOffset.UTC).getYear(), id);
        String reason = switch (ending) {
            case DECLINED -> "Outside the programme's scope this year; we suggest applying again next year.";
            case WITHDRAWN -> "Our ministry's priorities changed; we withdraw the request for now.";
            default -> null;
        };
        t.requests.add(id, reference, partner[0], partner[1], sector,
                "Cooperation on " + sector.toLowerCase(Locale.ROOT).replace('_', ' ') + " #" + id,
                "We would like to learn from Korea's experience and plan a cooperation programme on this topic.",
                "ONLINE_FORUM", historyRandom.nextInt(10) == 0, "en", "Contact " + id,
                "contact" + id + "@" + partner[0].toLowerCase(Locale.ROOT) + ".gov.example", ending.name(), uuid(),
                "seed-" + id, partner[2], reason, created, history.closed());
        for (int i = 0; i < routing.length; i++) {
            t.agencies.add(id, routing[i], i == 0);
        }
        submittedAndRouted(t, id, created, partner[2], routing);
        history(t, id, history, sector, partner[1], lead);
    }

    private void submittedAndRouted(Tables t, long id, Instant created, String partnerUser, String[] routing)
            throws SQLException {
        t.audit(id, created, "REQUEST_SUBMITTED", "PROCESS", partnerUser, null, null, null, null, null, null, null,
                null, null);
        t.audit(id, created, "ROUTED", "DECISION", "system", null, "DECISION_TABLE", null, null, null, null, null,
                routing.length > 0 ? routing[0] : null,
                routing.length < 2 ? "" : String.join(",", List.of(routing).subList(1, routing.length)));
    }

    /**
     * What the product's listeners write as a request moves (StageTimeProjection, RequestAudit, MouAudit): a
     * status_change row and a STATUS_CHANGED audit entry per change, per status left its seconds in stage_time
     * (with the request's sector, country and creation copied on), and the MOU's versions and signing.
     */
    private void history(Tables t, long id, RequestHistory history, String sector, String country, String lead)
            throws SQLException {
        for (RequestHistory.Change change : history.changes()) {
            t.statusChanges.add(id, change.from().name(), change.to().name(), change.at());
            t.audit(id, change.at(), "STATUS_CHANGED", "PROCESS", "system", null, null, null, null, null,
                    change.from().name(), change.to().name(), null, null);
        }
        for (Map.Entry<RequestStatus, Long> stay : history.secondsPerStage().entrySet()) {
            t.stageTimes.add(id, stay.getKey().name(), stay.getValue(), sector, country, history.created());
        }
        RequestHistory.Mou mou = history.mou();
        if (mou == null) {
            return;
        }
        String coordinator = lead == null ? "coord-mois" : "coord-" + lead.toLowerCase(Locale.ROOT);
        int versionNo = 0;
        for (Instant drafted : mou.versionsCreated()) {
            versionNo++;
            String summary = versionNo == 1 ? "First draft" : "Changes asked for in the reviews of version "
                    + (versionNo - 1);
            t.mouVersions.add(id, versionNo, "Memorandum of understanding on cooperation #" + id,
                    "Article 1. Purpose. The Parties cooperate on the exchange of experience and expertise.\n"
                            + "Article 2. Areas of cooperation. Consultations, study visits and training.\n"
                            + "Article 3. Entry into force. On signature, for three years.", summary, coordinator,
                    drafted);
            t.audit(id, drafted, "MOU_VERSION_CREATED", "DOCUMENT", coordinator, "draftMou", null, versionNo, null,
                    summary, null, null, null, null);
        }
        if (mou.signed()) {
            String signatories = "Vice-Minister of the Interior and Safety; Vice-Minister of the partner ministry";
            t.mouSignings.add(id, versionNo, mou.signedOn(), "Seoul", signatories, coordinator,
                    mou.signingRecorded());
            t.audit(id, mou.signingRecorded(), "MOU_SIGNED", "DECISION", coordinator, "recordMouSigning", null,
                    versionNo, mou.signedOn(), signatories, null, null, null, null);
        }
    }

    private RequestHistory.Ending pickEnding() {
        int total = 0;
        for (RequestHistory.Ending e : RequestHistory.Ending.values()) {
            total += e.weight;
        }
        int r = historyRandom.nextInt(total);
        for (RequestHistory.Ending e : RequestHistory.Ending.values()) {
            r -= e.weight;
            if (r < 0) {
                return e;
            }
        }
        throw new IllegalStateException();
    }

    private List<SeedTask> tasksOf(Stage stage, String[] partner, String lead, String[] routing, Instant created) {
        String partnerGroup = "partner:" + partner[0];
        String coordinator = lead == null ? null : "coordinator:" + lead;
        return switch (stage) {
            case SCREEN -> List.of(group("screenRequest", "Screen request", "intake", created.plus(7, ChronoUnit.DAYS)));
            case CLARIFY -> List.of(group("answerClarification", "Answer clarification", partnerGroup,
                    created.plus(30, ChronoUnit.DAYS)));
            case NOMINATE -> {
                List<SeedTask> tasks = new ArrayList<>();
                for (String agency : routing) {
                    tasks.add(group("nominateExperts", "Nominate experts", "coordinator:" + agency, null));
                }
                yield tasks;
            }
            case RESPOND -> {
                List<SeedTask> tasks = new ArrayList<>();
                for (String agency : routing) {
                    tasks.add(new SeedTask("respondToAssignment", "Accept or decline the assignment", null,
                            "expert-" + agency.toLowerCase(Locale.ROOT), null));
                }
                yield tasks;
            }
            case CONFIRM_TEAM -> List.of(group("confirmTeam", "Confirm the team", coordinator, null));
            case PLAN -> List.of(group("planConsultation", "Plan the consultation", coordinator, null));
            case CONFIRM_PLAN -> List.of(group("confirmConsultationPlan", "Confirm the consultation plan",
                    partnerGroup, null));
            case AWAIT_CONSULTATION, AWAIT_QUARTER -> List.of();
            case OUTCOME -> List.of(new SeedTask("recordConsultationOutcome", "Record the consultation outcome",
                    "expert:" + lead, "expert-" + lead.toLowerCase(Locale.ROOT), null));
            case FEEDBACK -> List.of(group("giveFeedback", "Give feedback", partnerGroup,
                    created.plus(14, ChronoUnit.DAYS)));
            case DRAFT_MOU -> List.of(group("draftMou", "Draft the MOU", coordinator, null));
            case REVIEW_MOU -> List.of(group("reviewMouLegal", "Legal review of the MOU", "legal", null),
                    group("reviewMouPartner", "Review the MOU draft", partnerGroup, created.plus(30, ChronoUnit.DAYS)));
            case APPROVE_MOU -> List.of(group("approveMouForSigning", "Approve the MOU for signing", "manager", null));
            case SIGN_MOU -> List.of(group("recordMouSigning", "Record the signing", coordinator, null));
            case DEFINE_ACTION -> List.of(group("defineFollowUpActions", "Define the follow-up actions", coordinator,
                    null));
            case REPORT -> List.of(group("reportFollowUpProgress", "Report follow-up progress", partnerGroup, null));
            case REVIEW -> List.of(group("reviewFollowUpProgress", "Review follow-up progress", coordinator, null));
            case EVALUATE -> List.of(group("evaluateCooperation", "Evaluate the cooperation", coordinator, null));
            case CLOSURE -> List.of(group("approveClosure", "Approve closure", "manager", null));
        };
    }

    /** A group task; a quarter of them already claimed by someone of the group. */
    private SeedTask group(String key, String name, String group, Instant due) {
        String assignee = null;
        if (random.nextInt(4) == 0) {
            assignee = memberOf(group);
        }
        return new SeedTask(key, name, group, assignee, due);
    }

    private String memberOf(String group) {
        if (COORDINATOR_GROUPS.contains(group) && random.nextInt(25) == 0) {
            return COORDINATOR;
        }
        if (group.equals("intake")) {
            return random.nextBoolean() ? "intake" : "intake-2";
        }
        int colon = group.indexOf(':');
        if (colon < 0) {
            return group; // legal, manager
        }
        String kind = group.substring(0, colon);
        String org = group.substring(colon + 1).toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "coordinator" -> "coord-" + org;
            case "partner" -> "partner-" + org.substring(0, 2);
            default -> kind + "-" + org;
        };
    }

    private Stage pickStage() {
        int total = 0;
        for (Stage s : Stage.values()) {
            total += s.weight;
        }
        int r = random.nextInt(total);
        for (Stage s : Stage.values()) {
            r -= s.weight;
            if (r < 0) {
                return s;
            }
        }
        throw new IllegalStateException();
    }

    /** The activity the (called or main) instance waits in. */
    private static String taskKeyOf(Stage stage) {
        return switch (stage) {
            case SCREEN -> "screenRequest";
            case CLARIFY -> "answerClarification";
            case NOMINATE -> "nominateExperts";
            case RESPOND -> "respondToAssignment";
            case CONFIRM_TEAM -> "confirmTeam";
            case PLAN -> "planConsultation";
            case CONFIRM_PLAN -> "confirmConsultationPlan";
            case AWAIT_CONSULTATION -> "consultationDateReached";
            case OUTCOME -> "recordConsultationOutcome";
            case FEEDBACK -> "giveFeedback";
            case DRAFT_MOU -> "draftMou";
            case REVIEW_MOU -> "reviewMouLegal";
            case APPROVE_MOU -> "approveMouForSigning";
            case SIGN_MOU -> "recordMouSigning";
            case DEFINE_ACTION -> "defineFollowUpAction";
            case AWAIT_QUARTER -> "nextQuarter";
            case REPORT -> "reportFollowUpProgress";
            case REVIEW -> "reviewFollowUpProgress";
            case EVALUATE -> "evaluateCooperation";
            case CLOSURE -> "approveClosure";
        };
    }

    private String reference(long id) {
        return "CR-%d-%05d".formatted(year, id);
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static long maxRequestId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM cooperation_request")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Seeded references are numbered by row id; the product numbers new ones from reference_counter (gapless per
     * year). Moving this year's counter past the highest id, as an import would, keeps the references the
     * benchmark's own submissions get from colliding with seeded ones.
     */
    private void keepReferenceCounterAhead(Connection c) throws SQLException {
        long max = maxRequestId(c);
        try (Statement s = c.createStatement()) {
            if (s.executeUpdate("UPDATE reference_counter SET last_number = GREATEST(last_number, " + max
                    + ") WHERE counter_year = " + year) == 0) {
                s.executeUpdate("INSERT INTO reference_counter (counter_year, last_number) VALUES (" + year + ", "
                        + max + ")");
            }
        }
    }

    private static BulkInsert requestTable(Connection c) {
        return new BulkInsert(c, "cooperation_request", "id, reference, partner_org, country_code, sector_code, title,"
                + " description, modality, urgent, languages, contact_name, contact_email, status, process_instance_id,"
                + " idempotency_key, created_by, closing_reason, created_at, updated_at", 500);
    }
}
