package org.coopflow.dashboard;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a dashboard figure leads: the request search (/requests) for the same requests — the dashboard's own
 * filters (submission dates, sector, country) and the figure's row (a status, country, sector or agency). Managers
 * see every request, so the search finds exactly the requests the figure counts.
 */
public final class RequestSearchLinks {

    private final String base;

    RequestSearchLinks(DashboardSearch search) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/requests");
        if (search.getFrom() != null) {
            url.queryParam("createdFrom", search.getFrom());
        }
        if (search.getTo() != null) {
            url.queryParam("createdTo", search.getTo());
        }
        if (search.getSector() != null && !search.getSector().isBlank()) {
            url.queryParam("sector", search.getSector().strip());
        }
        if (search.getCountry() != null && !search.getCountry().isBlank()) {
            url.queryParam("country", search.getCountry().strip());
        }
        this.base = url.build().toUriString();
    }

    /** All the requests the dashboard counts. */
    public String all() {
        return base;
    }

    /** The requests of one row: {@code param} is the search's field (status, country, sector, agency). */
    public String with(String param, String code) {
        return UriComponentsBuilder.fromUriString(base).replaceQueryParam(param, code).encode().build().toUriString();
    }
}
