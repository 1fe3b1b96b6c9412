package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves what the stages decided before V12 into their typed tables, and the old audit trail into typed audit entries.
 *
 * <p>Until V12 a step's decision lived as the JSON of its completed form (form_submission) and as prose in audit_event
 * ("SCREENING → ASSIGNING_EXPERTS", "lead MOIS, supporting [KOMSCO]"). This is the one place that reads them, once:
 * every submission becomes its stage's row, and the audit trail is rebuilt as one entry per business event — from the
 * typed rows where they now exist (decisions, nominations, answers, versions, messages, documents) and from the old
 * entries for the rest (submission, status changes, routing, claims, reminders). An old entry this migration does not
 * understand is kept as a LEGACY line with its original text, so no history is lost. The dashboard's status-change
 * projection and the year counters of the references are filled in the same way.
 */
public class V13__stage_records_from_submissions extends BaseJavaMigration {

    private static final Pattern ARROW = Pattern.compile("^\\s*([A-Z_]+)\\s*→\\s*([A-Z_]+)\\s*$");
    private static final Pattern ROUTING = Pattern.compile("lead (\\S+), supporting \\[(.*)]");
    private static final Pattern REFERENCE = Pattern.compile("CR-(\\d{4})-(\\d+)");
    private static final Set<String> CLOSED = Set.of("COMPLETED", "DECLINED", "WITHDRAWN", "LAPSED");

    /** The models' English task names before V12, as the old audit trail wrote them. */
    private static final Map<String, String> TASK_KEYS = Map.ofEntries(
            Map.entry("Screen request", "screenRequest"), Map.entry("Answer clarification", "answerClarification"),
            Map.entry("Nominate experts", "nominateExperts"),
            Map.entry("Accept or decline the assignment", "respondToAssignment"),
            Map.entry("Confirm the team", "confirmTeam"), Map.entry("Plan the consultation", "planConsultation"),
            Map.entry("Confirm the consultation plan", "confirmConsultationPlan"),
            Map.entry("Record the consultation outcome", "recordConsultationOutcome"),
            Map.entry("Give feedback", "giveFeedback"), Map.entry("Draft the MOU", "draftMou"),
            Map.entry("Legal review of the MOU", "reviewMouLegal"), Map.entry("Review the MOU draft", "reviewMouPartner"),
            Map.entry("Approve the MOU for signing", "approveMouForSigning"),
            Map.entry("Record the signing", "recordMouSigning"),
            Map.entry("Define a follow-up action", "defineFollowUpActions"),
            Map.entry("Report follow-up progress", "reportFollowUpProgress"),
            Map.entry("Review follow-up progress", "reviewFollowUpProgress"),
            Map.entry("Evaluate the cooperation", "evaluateCooperation"), Map.entry("Approve closure", "approveClosure"));

    private static final List<String> ROLE_ORDER = List.of("PARTNER", "INTAKE", "COORDINATOR", "EXPERT", "LEGAL",
            "MANAGER", "ADMIN");

    private final ObjectMapper json = new ObjectMapper();

    /** One audit entry to write, with the columns of audit_entry it sets. */
    private static final class Entry {
        final long requestId;
        final Timestamp at;
        final String type;
        final String category;
        final String actor;
        final Map<String, Object> columns = new LinkedHashMap<>();

        Entry(long requestId, Timestamp at, String type, String category, String actor) {
            this.requestId = requestId;
            this.at = at;
            this.type = type;
            this.category = category;
            this.actor = actor == null ? "system" : actor;
        }

        Entry set(String column, Object value) {
            if (value != null) {
                columns.put(column, value);
            }
            return this;
        }
    }

    private record Person(String name, String org, String role) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        referenceCounters(c);
        Map<Long, String> statuses = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT id, status FROM cooperation_request")) {
            while (rs.next()) {
                statuses.put(rs.getLong(1), rs.getString(2));
            }
        }
        List<Entry> entries = new ArrayList<>();
        stageRows(c, entries, statuses);
        oldAuditTrail(c, entries);
        typedEvents(c, entries);
        writeAudit(c, entries);
    }

    // ---------------------------------------------------------------- references

    private static void referenceCounters(Connection c) throws SQLException {
        Map<Integer, Integer> last = new TreeMap<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT reference FROM cooperation_request WHERE reference IS NOT NULL")) {
            while (rs.next()) {
                Matcher m = REFERENCE.matcher(rs.getString(1));
                if (m.matches()) {
                    last.merge(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Math::max);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO reference_counter (counter_year, last_number) VALUES (?, ?)")) {
            for (Map.Entry<Integer, Integer> e : last.entrySet()) {
                ps.setInt(1, e.getKey());
                ps.setInt(2, e.getValue());
                ps.executeUpdate();
            }
        }
    }

    // ---------------------------------------------------------------- stage rows from the form submissions

    private void stageRows(Connection c, List<Entry> entries, Map<Long, String> statuses) throws Exception {
        Map<Long, Integer> reportRounds = new HashMap<>();
        Map<Long, Integer> reviewRounds = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT request_id, task_id, task_key, submitted_by,"
                + " submitted_at, values_json FROM form_submission ORDER BY submitted_at, id")) {
            while (rs.next()) {
                long request = rs.getLong(1);
                String taskId = rs.getString(2);
                String by = rs.getString(4);
                Timestamp at = rs.getTimestamp(5);
                JsonNode v = json.readTree(rs.getString(6));
                switch (rs.getString(3)) {
                    case "screenRequest" -> screening(c, request, taskId, v, by, at);
                    case "answerClarification" -> answer(c, request, text(v, "clarificationAnswer"), by, at);
                    case "nominateExperts" -> nomination(c, request, v, by, at);
                    case "confirmTeam" -> update(c, "INSERT INTO team_decision (request_id, task_id, decision,"
                                    + " lead_expert, note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)", request,
                            taskId, text(v, "teamDecision"), "CONFIRM".equals(text(v, "teamDecision"))
                                    ? text(v, "leadExpert") : null, text(v, "teamNote"), by, at);
                    case "planConsultation" -> update(c, "INSERT INTO consultation_plan (request_id, revision_no,"
                                    + " modality, starts_on, ends_on, agenda, planned_by, planned_at)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", request,
                            count(c, "SELECT COUNT(*) FROM consultation_plan WHERE request_id = ?", request) + 1,
                            text(v, "consultationModality"), date(v, "consultationStart", at),
                            dateOrNull(v, "consultationEnd"), orEmpty(text(v, "agenda")), by, at);
                    case "confirmConsultationPlan" -> update(c, "UPDATE consultation_plan SET partner_decision = ?,"
                                    + " partner_comment = ?, answered_by = ?, answered_at = ? WHERE request_id = ?"
                                    + " AND partner_decision IS NULL", text(v, "planDecision"), text(v, "planComment"),
                            by, at, request);
                    case "recordConsultationOutcome" -> update(c, "INSERT INTO consultation_outcome (request_id, held,"
                                    + " report, questions_answered, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                            request, !"false".equals(text(v, "consultationHeld")),
                            orEmpty(text(v, "consultationReport")), text(v, "questionsAnswered"), by, at);
                    case "giveFeedback" -> update(c, "INSERT INTO consultation_feedback (request_id, satisfaction,"
                                    + " wants_mou, wants_follow_up, comment, defaulted, given_by, given_at)"
                                    + " VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)", request, number(v, "satisfaction"),
                            "YES".equals(text(v, "wantsMou")), "YES".equals(text(v, "wantsFollowUp")),
                            text(v, "feedbackComment"), by, at);
                    case "reviewMouLegal" -> review(c, request, "LEGAL", v, "legalDecision", "legalComments", by, at);
                    case "reviewMouPartner" -> review(c, request, "PARTNER", v, "partnerDecision", "partnerComments",
                            by, at);
                    case "approveMouForSigning" -> review(c, request, "MANAGER", v, "signingDecision",
                            "signingComments", by, at);
                    case "recordMouSigning" -> update(c, "INSERT INTO mou_signing (request_id, version_no, signed_on,"
                                    + " place, signatories, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            request, mouVersionAt(c, request, at), date(v, "signingDate", at), text(v, "signingPlace"),
                            orEmpty(text(v, "signatories")), by, at);
                    case "defineFollowUpAction" -> update(c, "INSERT INTO follow_up_action (request_id, action_type,"
                                    + " description, owner, due_on, status, defined_by, defined_at, updated_at)"
                                    + " VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)", request, text(v, "actionType"),
                            orEmpty(text(v, "actionDescription")), orEmpty(text(v, "actionOwner")),
                            date(v, "actionDue", at), by, at, at);
                    case "reportFollowUpProgress" -> update(c, "INSERT INTO follow_up_report (request_id, round_no,"
                                    + " progress_status, report, reported_by, reported_at) VALUES (?, ?, ?, ?, ?, ?)",
                            request, reportRounds.merge(request, 1, Integer::sum), text(v, "progressStatus"),
                            orEmpty(text(v, "progressReport")), by, at);
                    case "reviewFollowUpProgress" -> update(c, "INSERT INTO follow_up_review (request_id, round_no,"
                                    + " assessment, comment, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?, ?)",
                            request, reviewRounds.merge(request, 1, Integer::sum), text(v, "reviewAssessment"),
                            orEmpty(text(v, "reviewComment")), by, at);
                    case "evaluateCooperation" -> update(c, "INSERT INTO cooperation_evaluation (request_id, rating,"
                                    + " summary, evaluated_by, evaluated_at) VALUES (?, ?, ?, ?, ?)", request,
                            number(v, "overallRating") == null ? 3 : number(v, "overallRating"),
                            orEmpty(text(v, "evaluationSummary")), by, at);
                    case "approveClosure" -> update(c, "INSERT INTO closure_decision (request_id, decision, comment,"
                                    + " decided_by, decided_at) VALUES (?, ?, ?, ?, ?)", request,
                            text(v, "closureDecision"), text(v, "closureComment"), by, at);
                    default -> {
                        // draftMou and respondToAssignment were kept in typed tables already
                    }
                }
            }
        }
        // answers given through the API were audit entries only
        try (ResultSet rs = c.createStatement().executeQuery("SELECT request_id, actor, details, created_at"
                + " FROM audit_event WHERE action = 'CLARIFICATION_ANSWERED' ORDER BY created_at, id")) {
            while (rs.next()) {
                answer(c, rs.getLong(1), rs.getString(3), rs.getString(2), rs.getTimestamp(4));
            }
        }
        // defaulted feedback was an audit entry only
        try (ResultSet rs = c.createStatement().executeQuery("SELECT request_id, created_at FROM audit_event"
                + " WHERE action = 'FEEDBACK_DEFAULTED' ORDER BY created_at, id")) {
            while (rs.next()) {
                update(c, "INSERT INTO consultation_feedback (request_id, satisfaction, wants_mou, wants_follow_up,"
                                + " defaulted, given_by, given_at) VALUES (?, NULL, FALSE, TRUE, TRUE, 'system', ?)",
                        rs.getLong(1), rs.getTimestamp(2));
            }
        }
        // questions still open on a request that has ended will never be answered
        for (Map.Entry<Long, String> request : statuses.entrySet()) {
            if (CLOSED.contains(request.getValue())) {
                update(c, "UPDATE clarification SET outcome = ? WHERE request_id = ? AND outcome = 'OPEN'",
                        "LAPSED".equals(request.getValue()) ? "LAPSED" : "CANCELLED", request.getKey());
            }
        }
        // every nomination round has its row, also those made before the form kept a note
        update(c, "INSERT INTO nomination_round (request_id, agency_code, round_no, nominated_by, nominated_at)"
                + " SELECT a.request_id, a.agency_code, a.round_no, MIN(a.nominated_by), MIN(a.nominated_at)"
                + " FROM expert_assignment a WHERE NOT EXISTS (SELECT 1 FROM nomination_round n"
                + " WHERE n.request_id = a.request_id AND n.agency_code = a.agency_code AND n.round_no = a.round_no)"
                + " GROUP BY a.request_id, a.agency_code, a.round_no");
    }

    private void screening(Connection c, long request, String taskId, JsonNode v, String by, Timestamp at)
            throws SQLException {
        String decision = text(v, "screeningDecision");
        update(c, "INSERT INTO screening_decision (request_id, task_id, decision, reason, decided_by, decided_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", request, taskId, decision, text(v, "screeningReason"), by, at);
        if ("CLARIFY".equals(decision)) {
            update(c, "INSERT INTO clarification (request_id, round_no, question, asked_by, asked_at, outcome)"
                            + " VALUES (?, ?, ?, ?, ?, 'OPEN')", request,
                    count(c, "SELECT COUNT(*) FROM clarification WHERE request_id = ?", request) + 1,
                    orEmpty(text(v, "screeningReason")), by, at);
        }
    }

    private static void answer(Connection c, long request, String text, String by, Timestamp at) throws SQLException {
        update(c, "UPDATE clarification SET answer = ?, answered_by = ?, answered_at = ?, outcome = 'ANSWERED'"
                + " WHERE request_id = ? AND outcome = 'OPEN'", orEmpty(text), by, at, request);
    }

    /** The round the form made: its experts' assignments, nominated by the same person in the same moment. */
    private static void nomination(Connection c, long request, JsonNode v, String by, Timestamp at)
            throws SQLException {
        List<String> experts = new ArrayList<>();
        v.path("nominatedExperts").forEach(e -> experts.add(e.asText()));
        if (experts.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT agency_code, round_no, nominated_at"
                + " FROM expert_assignment WHERE request_id = ? AND nominated_by = ? AND expert_username = ?"
                + " ORDER BY nominated_at")) {
            ps.setLong(1, request);
            ps.setString(2, by);
            ps.setString(3, experts.get(0));
            String agency = null;
            int round = 0;
            long closest = Long.MAX_VALUE;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long distance = Math.abs(rs.getTimestamp(3).getTime() - at.getTime());
                    if (distance < closest) {
                        closest = distance;
                        agency = rs.getString(1);
                        round = rs.getInt(2);
                    }
                }
            }
            if (agency != null && !exists(c, "SELECT 1 FROM nomination_round WHERE request_id = ?"
                    + " AND agency_code = ? AND round_no = ?", request, agency, round)) {
                update(c, "INSERT INTO nomination_round (request_id, agency_code, round_no, note, nominated_by,"
                        + " nominated_at) VALUES (?, ?, ?, ?, ?, ?)", request, agency, round,
                        text(v, "nominationNote"), by, at);
            }
        }
    }

    private static void review(Connection c, long request, String reviewer, JsonNode v, String decisionField,
                               String commentsField, String by, Timestamp at) throws SQLException {
        update(c, "INSERT INTO mou_review (request_id, version_no, reviewer, decision, comments, reviewed_by,"
                        + " reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", request, mouVersionAt(c, request, at), reviewer,
                text(v, decisionField), text(v, commentsField), by, at);
    }

    /** The version under review at a moment: the latest drafted by then (the first, if none yet). */
    private static int mouVersionAt(Connection c, long request, Timestamp at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version_no) FROM mou_version"
                + " WHERE request_id = ? AND created_at <= ?")) {
            ps.setLong(1, request);
            ps.setTimestamp(2, at);
            try (ResultSet rs = ps.executeQuery()) {
                int version = rs.next() ? rs.getInt(1) : 0;
                return version == 0 ? 1 : version;
            }
        }
    }

    // ---------------------------------------------------------------- the old audit trail

    private void oldAuditTrail(Connection c, List<Entry> entries) throws SQLException {
        Map<Long, Timestamp> lastChange = new HashMap<>();
        Map<Long, Timestamp> created = new HashMap<>();
        Map<Long, String[]> facts = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT id, created_at, sector_code, country_code FROM cooperation_request")) {
            while (rs.next()) {
                created.put(rs.getLong(1), rs.getTimestamp(2));
                facts.put(rs.getLong(1), new String[]{rs.getString(3), rs.getString(4)});
            }
        }
        try (ResultSet rs = c.createStatement().executeQuery("SELECT request_id, actor, action, details, created_at"
                + " FROM audit_event WHERE request_id IS NOT NULL ORDER BY request_id, created_at, id")) {
            while (rs.next()) {
                long request = rs.getLong(1);
                String actor = rs.getString(2);
                String action = rs.getString(3);
                String details = rs.getString(4);
                Timestamp at = rs.getTimestamp(5);
                switch (action) {
                    case "SUBMITTED" -> entries.add(new Entry(request, at, "REQUEST_SUBMITTED", "PROCESS", actor));
                    case "STATUS_CHANGED" -> {
                        Matcher m = ARROW.matcher(details == null ? "" : details);
                        if (m.matches()) {
                            entries.add(new Entry(request, at, "STATUS_CHANGED", "PROCESS", null)
                                    .set("from_status", m.group(1)).set("to_status", m.group(2)));
                            Timestamp since = lastChange.getOrDefault(request, created.get(request));
                            stageTime(c, request, m.group(1), m.group(2), since, at, facts.get(request),
                                    created.get(request));
                            lastChange.put(request, at);
                        } else {
                            entries.add(legacy(request, at, actor, action, details));
                        }
                    }
                    case "ROUTED", "ROUTING_OVERRIDDEN" -> {
                        Entry routed = new Entry(request, at, "ROUTED", "DECISION",
                                "ROUTED".equals(action) ? null : screener(c, request, at))
                                .set("decision", "ROUTED".equals(action) ? "DECISION_TABLE" : "OVERRIDE");
                        Matcher m = ROUTING.matcher(details == null ? "" : details);
                        if (m.find()) {
                            routed.set("lead_agency", m.group(1)).set("supporting_agencies",
                                    m.group(2).replace(" ", ""));
                        }
                        entries.add(routed);
                    }
                    case "TASK_CLAIMED", "TASK_UNCLAIMED" -> {
                        String key = TASK_KEYS.get(details);
                        entries.add(key == null ? legacy(request, at, actor, action, details)
                                : new Entry(request, at, "TASK_CLAIMED".equals(action) ? "TASK_CLAIMED"
                                : "TASK_RELEASED", "PROCESS", actor).set("step", key));
                    }
                    case "TASK_DELEGATED" -> {
                        String[] parts = details == null ? new String[0] : details.split(" → ", 2);
                        String key = parts.length == 2 ? TASK_KEYS.get(parts[0]) : null;
                        entries.add(key == null ? legacy(request, at, actor, action, details)
                                : new Entry(request, at, "TASK_DELEGATED", "PROCESS", actor).set("step", key)
                                .set("counterpart", parts[1]));
                    }
                    case "WITHDRAWAL_REQUESTED" -> entries.add(new Entry(request, at, "WITHDRAWAL_REQUESTED",
                            "DECISION", actor).set("reason", details));
                    case "SCREENING_ESCALATED" -> entries.add(new Entry(request, at, "SCREENING_ESCALATED", "PROCESS",
                            null).set("step", "screenRequest"));
                    case "PARTNER_REMINDED" -> entries.add(new Entry(request, at, "MOU_REVIEW_REMINDED", "PROCESS",
                            null).set("step", "reviewMouPartner"));
                    case "TASK_COMPLETED", "EXPERTS_NOMINATED", "ASSIGNMENT_ACCEPTED", "ASSIGNMENT_DECLINED",
                         "ASSIGNMENT_EXPIRED", "LEAD_EXPERT_CHOSEN", "MOU_VERSION_ADDED", "CLARIFICATION_ANSWERED",
                         "MESSAGE_POSTED", "ATTACHMENT_ADDED", "FEEDBACK_DEFAULTED" -> {
                        // rebuilt from the typed rows (typedEvents), with their facts
                    }
                    default -> entries.add(legacy(request, at, actor, action, details));
                }
            }
        }
    }

    private static Entry legacy(long request, Timestamp at, String actor, String action, String details) {
        return new Entry(request, at, "LEGACY", "PROCESS", actor)
                .set("legacy_text", details == null ? action : action + ": " + details);
    }

    /** Who accepted the request around the time its routing was overridden (the old trail said "system"). */
    private static String screener(Connection c, long request, Timestamp at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT decided_by FROM screening_decision"
                + " WHERE request_id = ? AND decided_at <= ? ORDER BY decided_at DESC, id DESC")) {
            ps.setLong(1, request);
            ps.setTimestamp(2, new Timestamp(at.getTime() + 1000));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void stageTime(Connection c, long request, String from, String to, Timestamp since, Timestamp at,
                                  String[] facts, Timestamp created) throws SQLException {
        update(c, "INSERT INTO status_change (request_id, from_status, to_status, changed_at) VALUES (?, ?, ?, ?)",
                request, from, to, at);
        long seconds = since == null ? 0 : Math.max(0, (at.getTime() - since.getTime()) / 1000);
        if (update(c, "UPDATE stage_time SET seconds = seconds + ? WHERE request_id = ? AND stage = ?", seconds,
                request, from) == 0) {
            update(c, "INSERT INTO stage_time (request_id, stage, seconds, sector_code, country_code,"
                    + " request_created_at) VALUES (?, ?, ?, ?, ?, ?)", request, from, seconds, facts[0], facts[1],
                    created);
        }
    }

    // ---------------------------------------------------------------- audit lines from the typed rows

    private static void typedEvents(Connection c, List<Entry> entries) throws SQLException {
        query(c, "SELECT request_id, decided_at, decided_by, decision, reason FROM screening_decision"
                + " WHERE decision <> 'CLARIFY'", rs -> {
            Entry e = new Entry(rs.getLong(1), rs.getTimestamp(2), "SCREENING_DECIDED", "DECISION", rs.getString(3))
                    .set("step", "screenRequest").set("decision", rs.getString(4)).set("reason", rs.getString(5));
            if ("ACCEPT".equals(rs.getString(4))) {
                routing(c, rs.getLong(1), e);
            }
            entries.add(e);
        });
        query(c, "SELECT request_id, asked_at, asked_by, round_no, question, answered_at, answered_by, answer, outcome"
                + " FROM clarification", rs -> {
            entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "CLARIFICATION_ASKED", "MESSAGE",
                    rs.getString(3)).set("step", "screenRequest").set("decision", "CLARIFY")
                    .set("number_value", rs.getInt(4)).set("reason", rs.getString(5)));
            if (rs.getTimestamp(6) != null) {
                entries.add(new Entry(rs.getLong(1), rs.getTimestamp(6), "CLARIFICATION_ANSWERED", "MESSAGE",
                        rs.getString(7)).set("step", "answerClarification").set("number_value", rs.getInt(4))
                        .set("reason", rs.getString(8)));
            }
        });
        query(c, "SELECT n.request_id, n.nominated_at, n.nominated_by, n.agency_code, n.round_no, n.note"
                + " FROM nomination_round n", rs -> entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2),
                "EXPERTS_NOMINATED", "DECISION", rs.getString(3)).set("step", "nominateExperts")
                .set("agency", rs.getString(4)).set("number_value", rs.getInt(5)).set("reason", rs.getString(6))
                .set("counterpart_name", names(c, rs.getLong(1), rs.getString(4), rs.getInt(5)))));
        query(c, "SELECT a.request_id, a.responded_at, a.expert_username, a.status, a.agency_code, a.round_no,"
                + " a.response_reason, u.display_name FROM expert_assignment a"
                + " LEFT JOIN app_user u ON u.username = a.expert_username WHERE a.responded_at IS NOT NULL", rs ->
                entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "ASSIGNMENT_ANSWERED", "DECISION",
                        "EXPIRED".equals(rs.getString(4)) ? null : rs.getString(3)).set("step", "respondToAssignment")
                        .set("decision", rs.getString(4)).set("agency", rs.getString(5))
                        .set("number_value", rs.getInt(6)).set("reason", rs.getString(7))
                        .set("counterpart", rs.getString(3)).set("counterpart_name", rs.getString(8))));
        query(c, "SELECT t.request_id, t.decided_at, t.decided_by, t.decision, t.lead_expert, t.note, u.display_name"
                + " FROM team_decision t LEFT JOIN app_user u ON u.username = t.lead_expert", rs ->
                entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "TEAM_DECIDED", "DECISION", rs.getString(3))
                        .set("step", "confirmTeam").set("decision", rs.getString(4)).set("reason", rs.getString(6))
                        .set("counterpart", rs.getString(5)).set("counterpart_name", rs.getString(7))));
        query(c, "SELECT request_id, planned_at, planned_by, modality, revision_no, starts_on, agenda, answered_at,"
                + " answered_by, partner_decision, partner_comment FROM consultation_plan", rs -> {
            entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "CONSULTATION_PLANNED", "DECISION",
                    rs.getString(3)).set("step", "planConsultation").set("decision", rs.getString(4))
                    .set("number_value", rs.getInt(5)).set("on_date", rs.getDate(6)).set("reason", rs.getString(7)));
            if (rs.getTimestamp(8) != null) {
                entries.add(new Entry(rs.getLong(1), rs.getTimestamp(8), "CONSULTATION_PLAN_ANSWERED", "DECISION",
                        rs.getString(9)).set("step", "confirmConsultationPlan").set("decision", rs.getString(10))
                        .set("number_value", rs.getInt(5)).set("reason", rs.getString(11)));
            }
        });
        query(c, "SELECT request_id, recorded_at, recorded_by, held, report FROM consultation_outcome", rs ->
                entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "CONSULTATION_HELD", "DECISION",
                        rs.getString(3)).set("step", "recordConsultationOutcome")
                        .set("decision", rs.getBoolean(4) ? "HELD" : "NOT_HELD").set("reason", rs.getString(5))));
        query(c, "SELECT request_id, given_at, given_by, defaulted, wants_mou, wants_follow_up, satisfaction, comment"
                + " FROM consultation_feedback", rs -> {
            boolean defaulted = rs.getBoolean(4);
            Integer satisfaction = rs.getObject(7) == null ? null : rs.getInt(7);
            entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "FEEDBACK_GIVEN", "DECISION",
                    defaulted ? null : rs.getString(3)).set("step", "giveFeedback")
                    .set("decision", defaulted ? "DEFAULTED" : "GIVEN")
                    .set("detail", (rs.getBoolean(5) ? "MOU" : "NO_MOU") + "_"
                            + (rs.getBoolean(6) ? "FOLLOW_UP" : "NO_FOLLOW_UP"))
                    .set("number_value", satisfaction).set("reason", rs.getString(8)));
        });
        query(c, "SELECT request_id, created_at, created_by, version_no, change_summary FROM mou_version", rs ->
                entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "MOU_VERSION_CREATED", "DOCUMENT",
                        rs.getString(3)).set("step", "draftMou").set("number_value", rs.getInt(4))
                        .set("reason", rs.getString(5))));
        query(c, "SELECT request_id, reviewed_at, reviewed_by, reviewer, decision, version_no, comments FROM mou_review",
                rs -> entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "MOU_REVIEWED", "DECISION",
                        rs.getString(3)).set("step", switch (rs.getString(4)) {
                            case "LEGAL" -> "reviewMouLegal";
                            case "PARTNER" -> "reviewMouPartner";
                            default -> "approveMouForSigning";
                        }).set("decision", rs.getString(5)).set("detail", rs.getString(4))
                        .set("number_value", rs.getInt(6)).set("reason", rs.getString(7))));
        query(c, "SELECT request_id, recorded_at, recorded_by, version_no, signed_on, signatories FROM mou_signing",
                rs -> entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "MOU_SIGNED", "DECISION",
                        rs.getString(3)).set("step", "recordMouSigning").set("number_value", rs.getInt(4))
                        .set("on_date", rs.getDate(5)).set("reason", rs.getString(6))));
        query(c, "SELECT request_id, defined_at, defined_by, action_type, due_on, owner, description"
                + " FROM follow_up_action", rs -> entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2),
                "FOLLOW_UP_ACTION_DEFINED", "DECISION", rs.getString(3)).set("step", "defineFollowUpActions")
                .set("decision", rs.getString(4)).set("on_date", rs.getDate(5)).set("counterpart_name", rs.getString(6))
                .set("reason", rs.getString(7))));
        query(c, "SELECT request_id, reported_at, reported_by, progress_status, round_no, report FROM follow_up_report",
                rs -> entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "FOLLOW_UP_REPORTED", "DECISION",
                        rs.getString(3)).set("step", "reportFollowUpProgress").set("decision", rs.getString(4))
                        .set("number_value", rs.getInt(5)).set("reason", rs.getString(6))));
        query(c, "SELECT request_id, reviewed_at, reviewed_by, assessment, round_no, comment FROM follow_up_review",
                rs -> entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "FOLLOW_UP_REVIEWED", "DECISION",
                        rs.getString(3)).set("step", "reviewFollowUpProgress").set("decision", rs.getString(4))
                        .set("number_value", rs.getInt(5)).set("reason", rs.getString(6))));
        query(c, "SELECT request_id, evaluated_at, evaluated_by, rating, summary FROM cooperation_evaluation", rs ->
                entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "COOPERATION_EVALUATED", "DECISION",
                        rs.getString(3)).set("step", "evaluateCooperation").set("number_value", rs.getInt(4))
                        .set("reason", rs.getString(5))));
        query(c, "SELECT request_id, decided_at, decided_by, decision, comment FROM closure_decision", rs ->
                entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "CLOSURE_DECIDED", "DECISION",
                        rs.getString(3)).set("step", "approveClosure").set("decision", rs.getString(4))
                        .set("reason", rs.getString(5))));
        query(c, "SELECT request_id, created_at, author, body FROM request_message", rs ->
                entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "MESSAGE_POSTED", "MESSAGE", rs.getString(3))
                        .set("reason", rs.getString(4))));
        query(c, "SELECT request_id, uploaded_at, uploaded_by, id, filename FROM attachment", rs ->
                entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2), "DOCUMENT_ADDED", "DOCUMENT", rs.getString(3))
                        .set("document_id", rs.getLong(4)).set("document_name", rs.getString(5))));
    }

    /** The request's routing as it stands (screening set it last). */
    private static void routing(Connection c, long request, Entry e) throws SQLException {
        String lead = null;
        List<String> supporting = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT agency_code, lead FROM request_agency WHERE request_id = ? ORDER BY agency_code")) {
            ps.setLong(1, request);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean(2)) {
                        lead = rs.getString(1);
                    } else {
                        supporting.add(rs.getString(1));
                    }
                }
            }
        }
        e.set("lead_agency", lead).set("supporting_agencies", String.join(",", supporting));
    }

    private static String names(Connection c, long request, String agency, int round) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(u.display_name, a.expert_username)"
                + " FROM expert_assignment a LEFT JOIN app_user u ON u.username = a.expert_username"
                + " WHERE a.request_id = ? AND a.agency_code = ? AND a.round_no = ? ORDER BY a.id")) {
            ps.setLong(1, request);
            ps.setString(2, agency);
            ps.setInt(3, round);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return String.join(", ", names);
    }

    // ---------------------------------------------------------------- writing the entries

    private static void writeAudit(Connection c, List<Entry> entries) throws SQLException {
        Map<String, Person> people = people(c);
        entries.sort(Comparator.comparing((Entry e) -> e.requestId).thenComparing(e -> e.at));
        for (Entry e : entries) {
            Person who = people.get(e.actor);
            List<String> columns = new ArrayList<>(List.of("request_id", "occurred_at", "event_type", "category",
                    "actor", "actor_name", "actor_role", "actor_org"));
            List<Object> values = new ArrayList<>(List.of(e.requestId, e.at, e.type, e.category, e.actor));
            values.add(who == null ? null : who.name());
            values.add(who == null ? null : who.role());
            values.add(who == null ? null : who.org());
            e.columns.forEach((column, value) -> {
                columns.add(column);
                values.add(value);
            });
            String sql = "INSERT INTO audit_entry (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
            update(c, sql, values.toArray());
        }
    }

    private static Map<String, Person> people(Connection c) throws SQLException {
        Map<String, List<String>> roles = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT m.username, g.role FROM group_membership m"
                + " JOIN app_group g ON g.id = m.group_id")) {
            while (rs.next()) {
                roles.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Map<String, Person> people = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT username, display_name, organisation_code FROM app_user")) {
            while (rs.next()) {
                List<String> held = roles.getOrDefault(rs.getString(1), List.of());
                String role = ROLE_ORDER.stream().filter(held::contains).findFirst().orElse(null);
                people.put(rs.getString(1), new Person(rs.getString(2), rs.getString(3), role));
            }
        }
        return people;
    }

    // ---------------------------------------------------------------- JDBC and JSON helpers

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, RowHandler handler) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                handler.row(rs);
            }
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object arg = args[i];
                if (arg == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else if (arg instanceof LocalDate date) {
                    ps.setDate(i + 1, Date.valueOf(date));
                } else {
                    ps.setObject(i + 1, arg);
                }
            }
            return ps.executeUpdate();
        }
    }

    private static boolean exists(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int count(Connection c, String sql, long request) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, request);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static String text(JsonNode v, String field) {
        JsonNode node = v.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Integer number(JsonNode v, String field) {
        try {
            String text = text(v, field);
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate dateOrNull(JsonNode v, String field) {
        String text = text(v, field);
        try {
            return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date a form gave, or the day it was submitted when it gave none (the columns are required). */
    private static LocalDate date(JsonNode v, String field, Timestamp submitted) {
        LocalDate date = dateOrNull(v, field);
        return date != null ? date : submitted.toLocalDateTime().toLocalDate();
    }
}
