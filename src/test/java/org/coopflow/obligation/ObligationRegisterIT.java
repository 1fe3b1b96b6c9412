package org.coopflow.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.request.RequestMapper;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.NotFoundException;
import org.coopflow.support.CooperationFixture;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's queries on MariaDB (ObligationMapper through Obligations): who sees which obligations — managers
 * all, a partner its own organisation's MOUs only, an agency's officials the MOUs it leads and the obligations it is
 * responsible for — the filters (country, party, MOU, status, dates), the order by date, paging and the counts per
 * country. Two Lao partner organisations' MOUs, rolled back after each test.
 */
@Transactional
class ObligationRegisterIT extends MariaDbIntegrationTest {

    @Autowired
    Obligations obligations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RequestMapper requests;
    @Autowired
    CoopFlowUserDetailsService users;

    Long termA;
    Long termB;
    Long a1;

    @BeforeEach
    void twoMous() {
        CooperationFixture fixture = new CooperationFixture(jdbc, requests);
        fixture.partner("LA-MOHA", "Ministry of Home Affairs", "LA", "Lao PDR", "partner-la");
        fixture.partner("LA-MPT", "Ministry of Post and Telecommunications", "LA", "Lao PDR", "partner-la2");
        Long requestA = fixture.request("LA-MOHA", "LA", "CIVIL_REGISTRATION", "Civil registration", "FOLLOW_UP",
                Instant.parse("2026-01-10T00:00:00Z"));
        termA = fixture.term(requestA, fixture.signing(requestA, "MOU on civil registration", LocalDate.of(2026, 5, 1)),
                "MOU on civil registration", "LA-MOHA", "LA", "MOIS", LocalDate.of(2026, 5, 1), null, "IN_FORCE");
        a1 = fixture.obligation(termA, requestA, "Art. 3", "AGENCY", "MOIS", "YEARLY", LocalDate.of(2030, 3, 1));
        fixture.occurrence(a1, 1, LocalDate.of(2030, 3, 1), "SCHEDULED");
        Long a2 = fixture.obligation(termA, requestA, "Art. 4", "PARTNER", "LA-MOHA", "ONCE", LocalDate.of(2030, 1, 15));
        fixture.occurrence(a2, 1, LocalDate.of(2030, 1, 15), "DUE");
        Long a3 = fixture.obligation(termA, requestA, "Art. 5", "AGENCY", "NEC", "ONCE", LocalDate.of(2029, 12, 1));
        fixture.occurrence(a3, 1, LocalDate.of(2029, 12, 1), "OVERDUE");
        Long requestB = fixture.request("LA-MPT", "LA", "SMART_CITY", "Smart city", "COMPLETED",
                Instant.parse("2026-02-10T00:00:00Z"));
        termB = fixture.term(requestB, fixture.signing(requestB, "MOU on smart cities", LocalDate.of(2026, 6, 1)),
                "MOU on smart cities", "LA-MPT", "LA", "MOLIT", LocalDate.of(2026, 6, 1), LocalDate.of(2031, 5, 31),
                "IN_FORCE");
        Long b1 = fixture.obligation(termB, requestB, "Art. 9", "AGENCY", "MOLIT", "QUARTERLY", LocalDate.of(2030, 2, 1));
        fixture.occurrence(b1, 1, LocalDate.of(2030, 2, 1), "FULFILLED");
    }

    @Test
    void eachReaderSeesWhatTheRulesAllow() {
        assertThat(clauses("manager")).containsExactly("Art. 5", "Art. 4", "Art. 9", "Art. 3");
        assertThat(clauses("partner-la")).containsExactly("Art. 5", "Art. 4", "Art. 3");
        assertThat(clauses("partner-la2")).containsExactly("Art. 9");
        assertThat(clauses("partner-kh")).isEmpty();
        assertThat(clauses("coord-mois")).containsExactly("Art. 5", "Art. 4", "Art. 3"); // MOIS leads MOU A
        assertThat(clauses("coord-nec")).containsExactly("Art. 5"); // NEC is responsible for Art. 5 only
        assertThat(clauses("expert-nec")).containsExactly("Art. 5");
        assertThat(clauses("coord-molit")).containsExactly("Art. 9");
        assertThatThrownBy(() -> clauses("admin")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void filtersNarrowTheRegister() {
        CurrentUser manager = user("manager");
        assertThat(clauses(manager, new RegisterFilter("LA", "NEC", null, null, null, null))).containsExactly("Art. 5");
        assertThat(clauses(manager, new RegisterFilter("LA", "LA-MOHA", null, null, null, null)))
                .containsExactly("Art. 4");
        assertThat(clauses(manager, new RegisterFilter(null, null, termB, null, null, null))).containsExactly("Art. 9");
        assertThat(clauses(manager, new RegisterFilter("LA", null, null, OccurrenceStatus.DUE, null, null)))
                .containsExactly("Art. 4");
        assertThat(clauses(manager, new RegisterFilter("LA", null, null, null, LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 2, 28)))).containsExactly("Art. 4", "Art. 9");
        assertThat(clauses(manager, new RegisterFilter("KH", null, termA, null, null, null))).isEmpty();
    }

    @Test
    void linesCarryTheirMouAndPagesCount() {
        RegisterRow line = obligations.register(user("manager"), new RegisterFilter(null, null, termB, null, null, null),
                0, 50).items().get(0);
        assertThat(line.mouTitle()).isEqualTo("MOU on smart cities");
        assertThat(line.partnerOrg()).isEqualTo("LA-MPT");
        assertThat(line.leadAgency()).isEqualTo("MOLIT");
        assertThat(line.recurrence()).isEqualTo(Recurrence.QUARTERLY);
        assertThat(line.partyKind()).isEqualTo(PartyKind.AGENCY);
        assertThat(line.reference()).startsWith("CR-T-");

        var firstPage = obligations.register(user("manager"), RegisterFilter.ofCountry("LA"), 0, 3);
        assertThat(firstPage.total()).isEqualTo(4);
        assertThat(firstPage.items()).hasSize(3);
        assertThat(obligations.register(user("manager"), RegisterFilter.ofCountry("LA"), 1, 3).items())
                .extracting(RegisterRow::clause).containsExactly("Art. 3");
    }

    @Test
    void countsPerCountryAndStatusFollowTheScope() {
        assertThat(obligations.countsByCountry(user("manager")).get("LA")).isEqualTo(Map.of(
                OccurrenceStatus.SCHEDULED, 1L, OccurrenceStatus.DUE, 1L, OccurrenceStatus.OVERDUE, 1L,
                OccurrenceStatus.FULFILLED, 1L));
        assertThat(obligations.countsByCountry(user("partner-la2")).get("LA"))
                .isEqualTo(Map.of(OccurrenceStatus.FULFILLED, 1L));
        assertThat(obligations.countsByCountry(user("partner-kh"))).doesNotContainKey("LA");
        assertThat(obligations.terms(user("partner-la"), "LA")).extracting(MouTerm::title)
                .containsExactly("MOU on civil registration");
        assertThat(obligations.terms(user("coord-nec"), "LA")).extracting(MouTerm::title)
                .containsExactly("MOU on civil registration");
    }

    @Test
    void anObligationOfAnotherPartnerIsNotFound() {
        assertThat(obligations.visible(user("partner-la"), a1).clause()).isEqualTo("Art. 3");
        assertThatThrownBy(() -> obligations.visible(user("partner-la2"), a1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> obligations.visible(user("coord-molit"), a1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> obligations.visible(user("manager"), -1L)).isInstanceOf(NotFoundException.class);
    }

    private List<String> clauses(String username) {
        return clauses(user(username), RegisterFilter.ofCountry("LA"));
    }

    private List<String> clauses(CurrentUser user, RegisterFilter filter) {
        return obligations.register(user, filter, 0, 50).items().stream().map(RegisterRow::clause).toList();
    }

    private CurrentUser user(String username) {
        return users.loadUserByUsername(username).user();
    }
}
