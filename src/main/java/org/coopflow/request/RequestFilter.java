package org.coopflow.request;

/** Optional filters of a request list; null means "any". */
public record RequestFilter(RequestStatus status, String sector, String country, String agency, String reference) {

    public static RequestFilter none() {
        return new RequestFilter(null, null, null, null, null);
    }
}
