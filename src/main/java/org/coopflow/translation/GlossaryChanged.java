package org.coopflow.translation;

/** A glossary term was added, changed, retired or restored (see glossary_change for who and what). */
public record GlossaryChanged(Long termId, Long changeId) {
}
