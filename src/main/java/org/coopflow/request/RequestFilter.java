package org.coopflow.request;

import java.time.Instant;

/**
 * Optional filters of a request list; null means "any".
 *
 * @param createdFrom requests created at or after this instant
 * @param createdTo   requests created before this instant (exclusive)
 */
public record RequestFilter(RequestStatus status, String sector, String country, String agency, String reference,
                            Instant createdFrom, Instant createdTo) {

    public RequestFilter(RequestStatus status, String sector, String country, String agency, String reference) {
        this(status, sector, country, agency, reference, null, null);
    }

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, null, null, null, null);
    }
}
