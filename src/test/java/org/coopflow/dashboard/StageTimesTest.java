package org.coopflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;

import org.coopflow.dashboard.Dashboard.StageCycleTime;
import org.coopflow.request.RequestStatus;
import org.junit.jupiter.api.Test;

/** Cycle times from status changes, without a database: stays, medians, and details it does not understand. */
class StageTimesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    private final StageTimes times = new StageTimes();

    @Test
    void aStageLastsFromTheChangeIntoItToTheChangeOutOfIt() {
        change(1L, "SUBMITTED → SCREENING", 0);
        change(1L, "SCREENING → ASSIGNING_EXPERTS", 48);
        change(1L, "ASSIGNING_EXPERTS → CONSULTATION", 60);

        assertThat(times.result()).extracting(StageCycleTime::stage, StageCycleTime::requests,
                StageCycleTime::medianDays).containsExactly(
                tuple(RequestStatus.SCREENING, 1L, 2.0),
                tuple(RequestStatus.AWAITING_PARTNER, 0L, null),
                tuple(RequestStatus.ASSIGNING_EXPERTS, 1L, 0.5),
                tuple(RequestStatus.CONSULTATION, 0L, null),
                tuple(RequestStatus.MOU_DRAFTING, 0L, null),
                tuple(RequestStatus.FOLLOW_UP, 0L, null));
    }

    @Test
    void staysInOneStageAddUpPerRequest() {
        change(1L, "SUBMITTED → SCREENING", 0);
        change(1L, "SCREENING → AWAITING_PARTNER", 24);
        change(1L, "AWAITING_PARTNER → SCREENING", 72);
        change(1L, "SCREENING → ASSIGNING_EXPERTS", 84);

        assertThat(screening()).extracting(StageCycleTime::requests, StageCycleTime::medianDays)
                .containsExactly(1L, 1.5);
    }

    @Test
    void medianOfAnEvenNumberIsTheMeanOfTheMiddleTwo() {
        for (long request = 1; request <= 4; request++) {
            change(request, "SUBMITTED → SCREENING", 0);
            change(request, "SCREENING → ASSIGNING_EXPERTS", 24 * request);
        }

        // 1, 2, 3, 4 days
        assertThat(screening()).extracting(StageCycleTime::requests, StageCycleTime::medianDays,
                StageCycleTime::averageDays).containsExactly(4L, 2.5, 2.5);
    }

    @Test
    void theFirstStageStartsWhenTheRequestWasSubmitted() {
        // a request whose first recorded change leaves screening (the earlier change is not in the trail)
        times.add(new StatusChange(7L, "SCREENING → DECLINED", T0.plus(Duration.ofHours(36)), T0));

        assertThat(screening()).extracting(StageCycleTime::requests, StageCycleTime::medianDays)
                .containsExactly(1L, 1.5);
    }

    @Test
    void detailsItDoesNotUnderstandAreSkippedButStillMarkTime() {
        change(1L, "SUBMITTED → SCREENING", 0);
        change(1L, "something else", 12);
        change(1L, "NOT_A_STATUS → SCREENING", 24);
        change(1L, null, 30);
        change(1L, "SCREENING → ASSIGNING_EXPERTS", 48);

        assertThat(screening()).extracting(StageCycleTime::requests, StageCycleTime::medianDays)
                .containsExactly(1L, 0.75);
    }

    private StageCycleTime screening() {
        return times.result().get(0);
    }

    private void change(Long requestId, String details, long hoursAfterSubmission) {
        times.add(new StatusChange(requestId, details, T0.plus(Duration.ofHours(hoursAfterSubmission)), T0));
    }
}
