package org.coopflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The histogram's buckets: contiguous, and a bucket's middle within the documented precision of any value in it. */
class DurationBucketsTest {

    @Test
    void everySecondFallsInTheBucketThatHoldsIt() {
        for (long seconds : new long[] {0, 1, 59, 60, 61, 1_199, 1_200, 1_260, 86_399, 86_400, 30L * 86_400,
                3_650L * 86_400, Long.MAX_VALUE / 2}) {
            int bucket = DurationBuckets.of(seconds);
            assertThat(DurationBuckets.lower(bucket)).as("%d", seconds).isLessThanOrEqualTo(seconds);
            assertThat(DurationBuckets.upper(bucket)).as("%d", seconds).isGreaterThan(seconds);
        }
        for (int b = 0; b + 1 < DurationBuckets.count(); b++) {
            assertThat(DurationBuckets.upper(b)).isEqualTo(DurationBuckets.lower(b + 1));
        }
    }

    @Test
    void theMiddleOfABucketIsWithinTwoAndAHalfPercentOrThirtySecondsUpToTenYears() {
        for (long seconds = 0; seconds < 3_650L * 86_400; seconds = seconds * 11 / 10 + 7) {
            double middle = DurationBuckets.middle(DurationBuckets.of(seconds));
            assertThat(Math.abs(middle - seconds)).as("%d s", seconds)
                    .isLessThanOrEqualTo(Math.max(30, 0.025 * seconds));
        }
    }
}
