package org.coopflow.support;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.coopflow.request.RequestMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Rows of a country's cooperation written straight into the tables (for tests that roll them back: mapper and page
 * tests): partner organisations and their users, requests in a status, agencies, consultations, MOU signings with their
 * term, obligations and occurrences, follow-up actions. Laos ("LA") is the tests' own country: no other test uses it.
 */
public final class CooperationFixture {

    /** The demo users' BCrypt hash of "demo". */
    private static final String DEMO_PASSWORD = "$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO";

    private final JdbcTemplate jdbc;
    private final RequestMapper requests;

    public CooperationFixture(JdbcTemplate jdbc, RequestMapper requests) {
        this.jdbc = jdbc;
        this.requests = requests;
    }

    /** A partner organisation, its group and one user of it (password "demo"). */
    public void partner(String code, String name, String country, String countryName, String username) {
        jdbc.update("INSERT INTO organisation (code, kind, name, country_code, country_name) VALUES (?, 'PARTNER', ?, ?, ?)",
                code, name, country, countryName);
        jdbc.update("INSERT INTO app_group (id, role, organisation_code, name) VALUES (?, 'PARTNER', ?, ?)",
                "partner:" + code, code, name);
        jdbc.update("INSERT INTO app_user (username, display_name, email, password_hash, organisation_code, locale)"
                + " VALUES (?, ?, ?, ?, ?, 'en')", username, "Staff of " + code, username + "@example.org",
                DEMO_PASSWORD, code);
        jdbc.update("INSERT INTO group_membership (username, group_id) VALUES (?, ?)", username, "partner:" + code);
    }

    /** A request of this partner, with a reference, in this status; MOIS leads it. */
    public Long request(String partnerOrg, String country, String sector, String title, String status,
                        Instant createdAt) {
        Long id = RequestRows.insert(requests, partnerOrg, country, sector, title, createdAt);
        jdbc.update("UPDATE cooperation_request SET reference = ?, status = ? WHERE id = ?",
                "CR-T-" + UUID.randomUUID().toString().substring(0, 8), status, id);
        requests.insertAgency(id, "MOIS", true);
        return id;
    }

    public void agency(Long requestId, String agency) {
        requests.insertAgency(requestId, agency, false);
    }

    /** A confirmed consultation plan; held true/false records its outcome, null leaves it planned. */
    public void consultation(Long requestId, String modality, LocalDate startsOn, Boolean held) {
        jdbc.update("INSERT INTO consultation_plan (request_id, revision_no, modality, starts_on, agenda, planned_by,"
                + " planned_at, partner_decision, answered_by, answered_at) VALUES (?, 1, ?, ?, 'Agenda', 'coord-mois',"
                + " CURRENT_TIMESTAMP(3), 'CONFIRM', 'partner-kh', CURRENT_TIMESTAMP(3))", requestId, modality, startsOn);
        if (held != null) {
            jdbc.update("INSERT INTO consultation_outcome (request_id, held, report, recorded_by, recorded_at)"
                    + " VALUES (?, ?, 'Report', 'expert-mois', CURRENT_TIMESTAMP(3))", requestId, held);
        }
    }

    public void expert(Long requestId, String agency, String username, boolean lead) {
        jdbc.update("INSERT INTO expert_assignment (request_id, agency_code, expert_username, status, nominated_by,"
                + " nominated_at, lead_expert, round_no) VALUES (?, ?, ?, 'ACCEPTED', 'coord-mois', CURRENT_TIMESTAMP(3),"
                + " ?, 1)", requestId, agency, username, lead);
    }

    /** Version 1 of the request's MOU with this title, signed on this date; returns the signing's id. */
    public Long signing(Long requestId, String title, LocalDate signedOn) {
        jdbc.update("INSERT INTO mou_version (request_id, version_no, title, body, created_by, created_at)"
                + " VALUES (?, 1, ?, 'Article 1', 'coord-mois', CURRENT_TIMESTAMP(3))", requestId, title);
        return insert("INSERT INTO mou_signing (request_id, version_no, signed_on, signatories, recorded_by, recorded_at)"
                + " VALUES (?, 1, ?, 'Both ministers', 'coord-mois', CURRENT_TIMESTAMP(3))", requestId, signedOn);
    }

    /** The term of a signing (partner, country and lead agency as the register keeps them). */
    public Long term(Long requestId, Long signingId, String title, String partnerOrg, String country, String lead,
                     LocalDate signedOn, LocalDate expiresOn, String status) {
        return insert("INSERT INTO mou_term (request_id, signing_id, title, partner_org, country_code, lead_agency,"
                + " signed_on, in_force_from, expires_on, renewal_notice_days, status, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'coord-mois', CURRENT_TIMESTAMP(3))", requestId, signingId,
                title, partnerOrg, country, lead, signedOn, signedOn, expiresOn, expiresOn == null ? null : 90, status);
    }

    /** An obligation: party AGENCY (an agency's code) or PARTNER (the partner's code). */
    public Long obligation(Long termId, Long requestId, String clause, String partyKind, String partyCode,
                           String recurrence, LocalDate firstDue) {
        return insert("INSERT INTO mou_obligation (term_id, request_id, clause, description, party_kind, party_code,"
                + " recurrence, first_due_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'coord-mois',"
                + " CURRENT_TIMESTAMP(3))", termId, requestId, clause, "What " + clause + " commits to", partyKind,
                partyCode, recurrence, firstDue);
    }

    public Long occurrence(Long obligationId, int seqNo, LocalDate dueOn, String status) {
        return insert("INSERT INTO obligation_occurrence (obligation_id, seq_no, due_on, status) VALUES (?, ?, ?, ?)",
                obligationId, seqNo, dueOn, status);
    }

    public void action(Long requestId, String type, String description, LocalDate dueOn, String status) {
        jdbc.update("INSERT INTO follow_up_action (request_id, action_type, description, owner, due_on, status,"
                + " defined_by, defined_at, updated_at) VALUES (?, ?, ?, 'MOIS', ?, ?, 'coord-mois',"
                + " CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))", requestId, type, description, dueOn, status);
    }

    private Long insert(String sql, Object... args) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
