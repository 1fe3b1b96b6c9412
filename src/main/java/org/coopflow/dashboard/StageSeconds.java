package org.coopflow.dashboard;

/** Seconds spent in one stage by the requests that left it: how many, average and median. */
record StageSeconds(String stage, long requests, Double averageSeconds, Double medianSeconds) {
}
