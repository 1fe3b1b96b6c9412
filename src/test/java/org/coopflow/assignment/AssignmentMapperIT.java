package org.coopflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.coopflow.request.RequestMapper;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.RequestRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * AssignmentMapper on MariaDB, with an agency and experts of the test's own (so loads and candidate
 * lists are exactly the test's), plus the suggestion ranking built on its candidate query. Rolled back.
 */
@Transactional
class AssignmentMapperIT extends MariaDbIntegrationTest {

    @Autowired
    AssignmentMapper mapper;

    @Autowired
    Assignments assignments;

    @Autowired
    RequestMapper requests;

    @Autowired
    JdbcTemplate jdbc;

    private String agency;
    private String otherAgency;
    private String alpha;
    private String bravo;
    private String charlie;
    private String delta;
    private String echo;
    private Instant t0;
    private Long request;
    private Long otherRequest;

    @BeforeEach
    void agencyWithExperts() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        agency = "IT-" + u.toUpperCase();
        otherAgency = "IU-" + u.toUpperCase();
        t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        organisation(agency);
        organisation(otherAgency);
        // JDBC fixtures first: MyBatis' session cache does not see JDBC writes made after a mapper read
        alpha = expert("it-" + u + "-alpha", agency, "Deputy Director, Resident Registration", "en,ko,km", 3, true,
                "NATIONAL_ID", "CIVIL_REGISTRATION");
        bravo = expert("it-" + u + "-bravo", agency, "Assistant Director", "en,es", 2, true, "SMART_CITY");
        charlie = expert("it-" + u + "-charlie", agency, "Retired expert", "en,km", 3, false, "NATIONAL_ID");
        delta = expert("it-" + u + "-delta", agency, "Senior Engineer", "ko", 1, true, "NATIONAL_ID");
        echo = expert("it-" + u + "-echo", otherAgency, "Expert of another agency", "km", 3, true, "NATIONAL_ID");
        request = request();
        otherRequest = request();
    }

    @Test
    void candidatesAreTheEnabledExpertsOfTheAgencyWithSectorMatch() {
        List<ExpertCandidate> candidates = mapper.findCandidates(agency, "NATIONAL_ID", Assignments.CLOSED);

        assertThat(candidates).extracting(ExpertCandidate::username).containsExactly(alpha, bravo, delta);
        assertThat(candidates.get(0)).isEqualTo(new ExpertCandidate(alpha, "Expert " + alpha, agency,
                "Deputy Director, Resident Registration", "en,ko,km", 3, true, 0));
        assertThat(candidates).extracting(ExpertCandidate::username, ExpertCandidate::sectorMatch)
                .containsExactly(tuple(alpha, true), tuple(bravo, false), tuple(delta, true));
        assertThat(mapper.findCandidates(agency, "SMART_CITY", Assignments.CLOSED)).extracting(ExpertCandidate::sectorMatch)
                .containsExactly(false, true, false);
        assertThat(mapper.findCandidates(otherAgency, "NATIONAL_ID", Assignments.CLOSED)).extracting(ExpertCandidate::username)
                .containsExactly(echo);
        assertThat(mapper.findCandidates("IT-NO-SUCH-AGENCY", "NATIONAL_ID", Assignments.CLOSED)).isEmpty();
        assertThat(candidates).extracting(ExpertCandidate::username).doesNotContain(charlie);
    }

    @Test
    void loadCountsOpenNominationsAndAcceptancesOnAnyRequest() {
        mapper.insert(request, agency, alpha, "coord", t0, 1);
        mapper.insert(otherRequest, agency, alpha, "coord", t0, 1);
        mapper.insert(request, agency, bravo, "coord", t0, 1);
        mapper.insert(request, agency, delta, "coord", t0, 1);
        respond(request, agency, alpha, AssignmentStatus.ACCEPTED, null, t0);
        respond(request, agency, bravo, AssignmentStatus.DECLINED, "on leave", t0);
        mapper.insert(otherRequest, agency, bravo, "coord", t0, 1);
        respond(otherRequest, agency, bravo, AssignmentStatus.EXPIRED, null, t0);

        assertThat(mapper.findCandidates(agency, "NATIONAL_ID", Assignments.CLOSED))
                .extracting(ExpertCandidate::username, ExpertCandidate::activeAssignments)
                .containsExactly(tuple(alpha, 2), tuple(bravo, 0), tuple(delta, 1));
    }

    @Test
    void anExpertMarkedUnavailableIsNoCandidateAndClosedRequestsAreNoLoad() {
        mapper.insert(request, agency, alpha, "coord", t0, 1);
        mapper.insert(otherRequest, agency, alpha, "coord", t0, 1);
        jdbc.update("UPDATE cooperation_request SET status = 'COMPLETED' WHERE id = ?", otherRequest);
        jdbc.update("UPDATE expert SET available = FALSE WHERE username = ?", bravo);

        assertThat(mapper.findCandidates(agency, "NATIONAL_ID", Assignments.CLOSED))
                .extracting(ExpertCandidate::username, ExpertCandidate::activeAssignments)
                .containsExactly(tuple(alpha, 1), tuple(delta, 0));
    }

    @Test
    void suggestionsRankSectorMatchThenSharedLanguagesThenSpareCapacity() {
        // delta matches the sector but is fully loaded (max 1): it sinks below everyone
        mapper.insert(otherRequest, agency, delta, "coord", t0, 1);

        List<Assignments.Suggestion> suggestions = assignments.suggest(agency, "NATIONAL_ID", Set.of("km", "en"));

        assertThat(suggestions).extracting(s -> s.expert().username()).containsExactly(alpha, bravo, delta);
        assertThat(suggestions.get(0).score()).isEqualTo(100 + 2 * 10 + 3);
        assertThat(suggestions.get(0).reasons()).containsExactly("sectorMatch", "sharedLanguages:en/km", "load:0/3");
        assertThat(suggestions.get(1).score()).isEqualTo(10 + 2);
        assertThat(suggestions.get(1).reasons()).containsExactly("noSectorMatch", "sharedLanguages:en", "load:0/2");
        assertThat(suggestions.get(2).score()).isNegative();
        assertThat(suggestions.get(2).reasons()).containsExactly("sectorMatch", "noSharedLanguage", "fullyLoaded");
    }

    @Test
    void spareCapacityBreaksTiesAndTheSectorComesFirst() {
        // alpha (en,ko,km) vs delta (ko) for a Korean-speaking partner: same match, alpha has more spare capacity
        assertThat(assignments.suggest(agency, "NATIONAL_ID", Set.of("ko"))).extracting(s -> s.expert().username())
                .containsExactly(alpha, delta, bravo);
        // for a Spanish-speaking partner on smart cities, bravo matches both sector and language
        assertThat(assignments.suggest(agency, "SMART_CITY", Set.of("es"))).extracting(s -> s.expert().username())
                .containsExactly(bravo, alpha, delta);
    }

    @Test
    void nominationRoundsPerRequestAndAgency() {
        assertThat(mapper.latestRound(request, agency)).isZero();

        mapper.insert(request, agency, alpha, "coord-it", t0, 1);
        mapper.insert(request, agency, bravo, "coord-it", t0, 1);
        mapper.insert(request, otherAgency, echo, "coord-iu", t0, 1);
        mapper.insert(request, agency, delta, "coord-it", t0.plusSeconds(60), 2);

        assertThat(mapper.latestRound(request, agency)).isEqualTo(2);
        assertThat(mapper.latestRound(request, otherAgency)).isEqualTo(1);
        assertThat(mapper.latestRound(otherRequest, agency)).isZero();
        assertThat(mapper.findRound(request, agency, 1)).extracting(ExpertAssignment::expertUsername)
                .containsExactly(alpha, bravo);
        assertThat(mapper.findRound(request, agency, 2)).extracting(ExpertAssignment::expertUsername)
                .containsExactly(delta);
        assertThat(mapper.findRound(request, agency, 3)).isEmpty();

        List<ExpertAssignment> all = mapper.findByRequest(request);
        // by agency code, then round, then nomination order
        assertThat(all).extracting(ExpertAssignment::agencyCode, ExpertAssignment::roundNo, ExpertAssignment::expertUsername)
                .containsExactly(tuple(agency, 1, alpha), tuple(agency, 1, bravo), tuple(agency, 2, delta),
                        tuple(otherAgency, 1, echo));
        ExpertAssignment first = all.get(0);
        assertThat(first.id()).isNotNull();
        assertThat(first.requestId()).isEqualTo(request);
        assertThat(first.status()).isEqualTo(AssignmentStatus.NOMINATED);
        assertThat(first.nominatedBy()).isEqualTo("coord-it");
        assertThat(first.nominatedAt()).isEqualTo(t0);
        assertThat(first.respondedAt()).isNull();
        assertThat(first.responseReason()).isNull();
        assertThat(first.leadExpert()).isFalse();
        assertThat(mapper.findByRequest(otherRequest)).isEmpty();
    }

    @Test
    void anAnswerIsRecordedOnceOnTheOpenNomination() {
        mapper.insert(request, agency, alpha, "coord", t0, 1);
        mapper.insert(request, agency, bravo, "coord", t0, 1);

        respond(request, agency, alpha, AssignmentStatus.ACCEPTED, null, t0.plusSeconds(30));
        // a late second answer (e.g. the expiry timer after acceptance) changes nothing
        respond(request, agency, alpha, AssignmentStatus.EXPIRED, "timer", t0.plusSeconds(90));

        ExpertAssignment accepted = mapper.findRound(request, agency, 1).get(0);
        assertThat(accepted.status()).isEqualTo(AssignmentStatus.ACCEPTED);
        assertThat(accepted.respondedAt()).isEqualTo(t0.plusSeconds(30));
        assertThat(accepted.responseReason()).isNull();
        assertThat(mapper.findRound(request, agency, 1).get(1).status()).isEqualTo(AssignmentStatus.NOMINATED);
    }

    @Test
    void aDeclineKeepsItsReason() {
        mapper.insert(request, agency, bravo, "coord", t0, 1);

        respond(request, agency, bravo, AssignmentStatus.DECLINED, "공무 출장 중 — on mission abroad ✈️", t0.plusSeconds(5));

        assertThat(mapper.findRound(request, agency, 1)).extracting(ExpertAssignment::status,
                ExpertAssignment::responseReason).containsExactly(
                tuple(AssignmentStatus.DECLINED, "공무 출장 중 — on mission abroad ✈️"));
    }

    @Test
    void answerOnlyTouchesThatRequestAndAgency() {
        mapper.insert(request, agency, alpha, "coord", t0, 1);
        mapper.insert(otherRequest, agency, alpha, "coord", t0, 1);

        respond(request, agency, alpha, AssignmentStatus.DECLINED, "no", t0);
        respond(request, otherAgency, alpha, AssignmentStatus.ACCEPTED, null, t0);

        assertThat(mapper.findByRequest(request)).extracting(ExpertAssignment::status)
                .containsExactly(AssignmentStatus.DECLINED);
        assertThat(mapper.findByRequest(otherRequest)).extracting(ExpertAssignment::status)
                .containsExactly(AssignmentStatus.NOMINATED);
    }

    @Test
    void exactlyOneAcceptedExpertIsLead() {
        mapper.insert(request, agency, alpha, "coord", t0, 1);
        mapper.insert(request, agency, bravo, "coord", t0, 1);
        mapper.insert(request, otherAgency, echo, "coord", t0, 1);
        mapper.insert(request, agency, delta, "coord", t0, 1);
        respond(request, agency, alpha, AssignmentStatus.ACCEPTED, null, t0);
        respond(request, agency, bravo, AssignmentStatus.ACCEPTED, null, t0);
        respond(request, otherAgency, echo, AssignmentStatus.ACCEPTED, null, t0);
        respond(request, agency, delta, AssignmentStatus.DECLINED, null, t0);

        mapper.markLead(request, alpha);
        assertThat(leads()).containsExactly(alpha);

        // the coordinator changes its mind: the former lead is no longer lead
        mapper.markLead(request, echo);
        assertThat(leads()).containsExactly(echo);

        // a declined expert cannot be lead; nobody is then
        mapper.markLead(request, delta);
        assertThat(leads()).isEmpty();
    }

    private List<String> leads() {
        return mapper.findByRequest(request).stream().filter(ExpertAssignment::leadExpert)
                .map(ExpertAssignment::expertUsername).toList();
    }

    private void organisation(String code) {
        jdbc.update("INSERT INTO organisation (code, kind, name, country_code, country_name) "
                + "VALUES (?, 'AGENCY', ?, 'KR', 'Republic of Korea')", code, "Test agency " + code);
    }

    private String expert(String username, String agencyCode, String title, String languages, int maxLoad,
                          boolean enabled, String... sectors) {
        jdbc.update("INSERT INTO app_user (username, display_name, email, password_hash, organisation_code, enabled) "
                        + "VALUES (?, ?, ?, '$2a$10$1cqrfDqxXRo1oHRmpZcIw.S6wWsB..p0VvvOHb88jtxqFaFFD7guO', ?, ?)",
                username, "Expert " + username, username + "@example.org", agencyCode, enabled);
        jdbc.update("INSERT INTO expert (username, agency_code, title, languages, max_load) VALUES (?, ?, ?, ?, ?)",
                username, agencyCode, title, languages, maxLoad);
        for (String sector : sectors) {
            jdbc.update("INSERT INTO expert_sector (username, sector_code) VALUES (?, ?)", username, sector);
        }
        return username;
    }

    private Long request() {
        return RequestRows.insert(requests, "Assignment mapper test", t0);
    }

    /** Answers the open nomination of this expert in the agency's round on the request (by its row id). */
    private void respond(Long requestId, String agencyCode, String expert, AssignmentStatus status, String reason,
                         Instant at) {
        mapper.findByRequest(requestId).stream()
                .filter(a -> a.agencyCode().equals(agencyCode) && a.expertUsername().equals(expert))
                .reduce((first, second) -> second)
                .ifPresent(a -> mapper.respond(a.id(), status, reason, at));
    }
}
