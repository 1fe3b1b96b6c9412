package org.coopflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import org.coopflow.dashboard.Dashboard.AgencyRequests;
import org.coopflow.dashboard.Dashboard.AgencyTasks;
import org.coopflow.dashboard.Dashboard.MouYear;
import org.coopflow.dashboard.Dashboard.RequestCount;
import org.coopflow.dashboard.Dashboard.StageCycleTime;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.request.RequestMapper;
import org.coopflow.request.RequestStatus;
import org.coopflow.request.RequestSubmitted;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.shared.ForbiddenException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures on MariaDB, from rows of the test's own requests (DashboardFixture: one day of their
 * own, filtered on), so other tests' requests never count. Rolled back.
 */
@Transactional
class DashboardIT extends MariaDbIntegrationTest {

    @Autowired
    Dashboards dashboards;

    @Autowired
    RequestMapper requests;

    @Autowired
    StageTimeProjection stageTimes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEventPublisher events;

    private DashboardFixture fixture;
    private CurrentUser manager;

    @BeforeEach
    void scenario() {
        fixture = new DashboardFixture(requests, stageTimes, jdbc);
        fixture.scenario(clock.instant());
        manager = users.currentUserOf("manager");
    }

    @Test
    void requestsAreCountedByCountrySectorAndStatus() {
        Dashboard d = dashboards.figures(manager, fixture.onFixtureDay());

        assertThat(d.requests()).isEqualTo(4);
        assertThat(d.byCountry()).containsExactly(new RequestCount("KH", 3), new RequestCount("GT", 1));
        assertThat(d.bySector()).containsExactly(new RequestCount("NATIONAL_ID", 2),
                new RequestCount("ELECTION_MANAGEMENT", 1), new RequestCount("OTHER", 1));
        // every status, in the order of the process, zero where none
        assertThat(d.byStatus()).extracting(RequestCount::code)
                .containsExactly(Arrays.stream(RequestStatus.values()).map(Enum::name).toArray(String[]::new));
        assertThat(d.byStatus()).filteredOn(c -> c.requests() > 0).containsExactlyInAnyOrder(
                new RequestCount("SCREENING", 1), new RequestCount("CONSULTATION", 1),
                new RequestCount("COMPLETED", 1), new RequestCount("DECLINED", 1));
    }

    @Test
    void agenciesCountTheRequestsTheyLeadAndSupport() {
        Dashboard d = dashboards.figures(manager, fixture.onFixtureDay());

        assertThat(d.byAgency()).containsExactly(new AgencyRequests("MOIS", 2, 0, 2),
                new AgencyRequests("KOMSCO", 0, 1, 1), new AgencyRequests("NEC", 1, 0, 1));
    }

    @Test
    void openAndOverdueTasksAreCountedForTheAgencyThatHoldsOrMayClaimThem() {
        Dashboard d = dashboards.figures(manager, fixture.onFixtureDay());

        // MOIS: one task offered to two MOIS groups (once) and the intake desk's, both overdue;
        // KOMSCO: claimed by its coordinator; NEC: its expert's personal task; partner and legal tasks: nobody's
        assertThat(d.tasksByAgency()).containsExactly(new AgencyTasks("MOIS", 2, 2), new AgencyTasks("KOMSCO", 1, 0),
                new AgencyTasks("NEC", 1, 0));
    }

    @Test
    void cycleTimePerStageIsMeasuredFromTheStatusChanges() {
        Dashboard d = dashboards.figures(manager, fixture.onFixtureDay());

        // screening: 5 days, 1 + 1 days around a clarification, half a day before a decline
        assertThat(d.cycleTimes()).extracting(StageCycleTime::stage, StageCycleTime::requests,
                StageCycleTime::medianDays, StageCycleTime::averageDays).containsExactly(
                tuple(RequestStatus.SCREENING, 3L, 2.0, 2.5),
                tuple(RequestStatus.AWAITING_PARTNER, 1L, 2.0, 2.0),
                tuple(RequestStatus.ASSIGNING_EXPERTS, 2L, 1.5, 1.5),
                tuple(RequestStatus.CONSULTATION, 1L, 10.0, 10.0),
                tuple(RequestStatus.MOU_DRAFTING, 0L, null, null),
                tuple(RequestStatus.FOLLOW_UP, 0L, null, null));
    }

    @Test
    void mousAreCountedOncePerRequestInTheYearOfSigning() {
        Dashboard d = dashboards.figures(manager, fixture.onFixtureDay());

        // the corrected record counts once (2026); without a date, the year it was recorded (the fixture's)
        assertThat(d.mousSignedPerYear()).containsExactly(new MouYear(fixture.day.getYear(), 1), new MouYear(2026, 2));
    }

    @Test
    void sectorAndCountryFiltersNarrowEveryFigure() {
        DashboardFilter day = fixture.onFixtureDay();

        Dashboard nationalId = dashboards.figures(manager,
                new DashboardFilter(day.createdFrom(), day.createdTo(), "NATIONAL_ID", null));
        Dashboard guatemala = dashboards.figures(manager,
                new DashboardFilter(day.createdFrom(), day.createdTo(), null, "GT"));

        assertThat(nationalId.requests()).isEqualTo(2);
        assertThat(nationalId.byCountry()).containsExactly(new RequestCount("GT", 1), new RequestCount("KH", 1));
        assertThat(nationalId.bySector()).containsExactly(new RequestCount("NATIONAL_ID", 2));
        assertThat(nationalId.byAgency()).containsExactly(new AgencyRequests("MOIS", 2, 0, 2),
                new AgencyRequests("KOMSCO", 0, 1, 1));
        assertThat(nationalId.mousSignedPerYear()).containsExactly(new MouYear(2026, 1));
        assertThat(nationalId.cycleTimes()).extracting(StageCycleTime::requests).containsExactly(1L, 0L, 1L, 0L, 0L, 0L);

        assertThat(guatemala.requests()).isEqualTo(1);
        assertThat(guatemala.byStatus()).filteredOn(c -> c.requests() > 0)
                .containsExactly(new RequestCount("SCREENING", 1));
        assertThat(guatemala.tasksByAgency()).containsExactly(new AgencyTasks("MOIS", 1, 1), new AgencyTasks("NEC", 1, 0));
        assertThat(guatemala.cycleTimes()).extracting(StageCycleTime::requests).containsOnly(0L);
        assertThat(guatemala.mousSignedPerYear()).isEmpty();
    }

    @Test
    void thePeriodIsTheRequestsSubmissionDayWithTheEndExcluded() {
        DashboardFilter threeDaysLater = new DashboardFilter(fixture.t0.plus(DashboardFixture.DAY.multipliedBy(3)),
                fixture.t0.plus(DashboardFixture.DAY.multipliedBy(3)).plusSeconds(1), null, null);
        DashboardFilter endingAtTheFixture = new DashboardFilter(fixture.t0.minus(Duration.ofHours(1)), fixture.t0,
                null, null);

        Dashboard later = dashboards.figures(manager, threeDaysLater);

        assertThat(later.requests()).isEqualTo(1);
        assertThat(later.tasksByAgency()).containsExactly(new AgencyTasks("NEC", 1, 1));
        assertThat(later.cycleTimes()).filteredOn(s -> s.requests() > 0).extracting(StageCycleTime::stage,
                StageCycleTime::medianDays).containsExactly(tuple(RequestStatus.SCREENING, 97.0));
        assertThat(later.mousSignedPerYear()).containsExactly(new MouYear(2026, 1));
        assertThat(dashboards.figures(manager, endingAtTheFixture).requests()).isZero();
    }

    @Test
    void withoutFiltersEveryRequestCounts() {
        Dashboard before = dashboards.figures(manager, DashboardFilter.none());

        // without a period the dashboard reads its roll-ups, which count a request from its submission's event on
        Long id = fixture.request("GT-MINGOB", "GT", "SMART_CITY", RequestStatus.SCREENING, clock.instant());
        events.publishEvent(new RequestSubmitted(id));
        Dashboard after = dashboards.figures(manager, DashboardFilter.none());

        assertThat(after.requests()).isEqualTo(before.requests() + 1);
        assertThat(count(after, "GT")).isEqualTo(count(before, "GT") + 1);
        assertThat(after.byStatus()).filteredOn(c -> c.code().equals("SCREENING")).singleElement()
                .extracting(RequestCount::requests).isNotEqualTo(0L);
    }

    @Test
    void onlyManagersReadTheDashboard() {
        for (String username : new String[]{"partner-kh", "intake", "coord-mois", "expert-mois", "legal", "admin"}) {
            CurrentUser user = users.currentUserOf(username);
            assertThatThrownBy(() -> dashboards.figures(user, DashboardFilter.none())).as(username)
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    private static long count(Dashboard d, String country) {
        return d.byCountry().stream().filter(c -> c.code().equals(country)).mapToLong(RequestCount::requests).sum();
    }
}
