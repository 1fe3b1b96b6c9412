package org.coopflow.reference;

/** A sector as stored: its English name and explanation (its names in every language are in reference_name). */
public record Sector(String code, String name, String description, int sortOrder, boolean active) {
}
