package org.coopflow.library;

/** The facets the library is browsed by; each counted over the entries a search found. */
public enum Facet {
    KIND, SECTOR, COUNTRY, MODALITY, LANGUAGE, AGENCY, YEAR
}
