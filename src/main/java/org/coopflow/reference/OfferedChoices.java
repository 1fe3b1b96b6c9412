package org.coopflow.reference;

/**
 * What a new request chose, checked against the reference data at once ({@link ReferenceData#offeredChoices}): the
 * partner organisation (null when there is none of that code) and whether each choice is offered — known and not
 * retired; {@code languagesOffered} when every chosen language is (none chosen included).
 */
public record OfferedChoices(Organisation partner, boolean sectorOffered, boolean modalityOffered,
                             boolean languagesOffered) {
}
