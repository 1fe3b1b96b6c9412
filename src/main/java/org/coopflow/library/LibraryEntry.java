package org.coopflow.library;

import java.time.Instant;

/** A row of library_entry: what lists, facets and searches need; the text itself stays in its stage's record. */
public record LibraryEntry(Long id, EntryKind kind, Long sourceId, Long requestId, String reference,
                           String requestTitle, String partnerOrg, String countryCode, String sectorCode,
                           String modality, Instant recordedAt, String excerpt, boolean shareable, String sharedBy,
                           Instant sharedAt) {
}
