package org.coopflow.dashboard;

/**
 * Where a stage's median lies among the requests that left it, ordered by seconds.
 *
 * @param offset rows before the middle: (requests - 1) / 2
 * @param rows   1 for an odd number of requests (the middle row), 2 for an even one (the middle two, averaged)
 */
record StageMiddle(String stage, long offset, int rows) {

    static StageMiddle of(String stage, long requests) {
        return new StageMiddle(stage, (requests - 1) / 2, requests % 2 == 1 ? 1 : 2);
    }

    /** One row found at a stage's middle. */
    record Row(String stage, long seconds) {
    }
}
