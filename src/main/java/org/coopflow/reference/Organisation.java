package org.coopflow.reference;

/** A Korean agency (kind AGENCY) or a partner ministry (kind PARTNER). */
public record Organisation(String code, String kind, String name, String countryCode, String countryName,
                           boolean active) {

    public static final String AGENCY = "AGENCY";
    public static final String PARTNER = "PARTNER";
}
