package org.coopflow.library;

/** A value of a facet (a code, or a year) and how many of the entries found have it. */
public record FacetCount(String code, long entries) {
}
