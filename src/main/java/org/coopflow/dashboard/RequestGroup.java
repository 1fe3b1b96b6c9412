package org.coopflow.dashboard;

/** Requests with one sector, partner country and status: the dashboard's three counts are sums of these groups. */
record RequestGroup(String sectorCode, String countryCode, String status, long requests) {
}
