package org.coopflow.dashboard;

/** Seconds spent in one stage by the requests that left it: how many, and their average. */
record StageSeconds(String stage, long requests, Double averageSeconds) {
}
