package org.coopflow.request;

import java.util.List;

/**
 * The lead and supporting agencies of the request were set: by the routing decision table ({@code by} is null) or by
 * an official's override at screening ({@code by} names them). {@code previous} is the routing it replaced (empty the
 * first time), as a status change carries its {@code from}: a listener keeping counts per agency needs what was there.
 */
public record RequestRouted(Long requestId, String by, List<RequestAgency> previous) {

    public RequestRouted {
        previous = List.copyOf(previous);
    }
}
