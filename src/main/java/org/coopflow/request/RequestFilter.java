package org.coopflow.request;

import java.time.Instant;

import org.coopflow.search.SearchQuery;

/**
 * Optional filters of a request list; null means "any".
 *
 * @param createdFrom requests created at or after this instant
 * @param createdTo   requests created before this instant (exclusive)
 * @param keywords    words every request found has in its reference, title or description
 */
public record RequestFilter(RequestStatus status, String sector, String country, String agency, String reference,
                            Instant createdFrom, Instant createdTo, SearchQuery keywords) {

    public RequestFilter {
        keywords = keywords == null || keywords.isEmpty() ? null : keywords;
    }

    public RequestFilter(RequestStatus status, String sector, String country, String agency, String reference,
                         Instant createdFrom, Instant createdTo) {
        this(status, sector, country, agency, reference, createdFrom, createdTo, null);
    }

    public RequestFilter(RequestStatus status, String sector, String country, String agency, String reference) {
        this(status, sector, country, agency, reference, null, null, null);
    }

    /** The same filter with these keywords instead. */
    public RequestFilter withKeywords(SearchQuery words) {
        return new RequestFilter(status, sector, country, agency, reference, createdFrom, createdTo, words);
    }

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, null, null, null, null, null);
    }
}
