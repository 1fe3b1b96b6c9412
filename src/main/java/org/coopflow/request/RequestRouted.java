package org.coopflow.request;

/**
 * The lead and supporting agencies of the request were set: by the routing decision table ({@code by} is null) or by
 * an official's override at screening ({@code by} names them).
 */
public record RequestRouted(Long requestId, String by) {
}
